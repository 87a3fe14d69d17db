"""The line rules of :mod:`pipelines.text.cleaning`: boilerplate phrasings as data, and how a rule
is written (:mod:`pipelines.text.rules.rule`).
"""
