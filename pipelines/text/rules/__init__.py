"""The line rules of :mod:`pipelines.text.cleaning`: boilerplate phrasings as data, one module per
family of page furniture they recognise, and the order in which they are tried
(:mod:`pipelines.text.rules.order`).
"""
