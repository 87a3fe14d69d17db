"""Two paragraphs of made-up news prose that the structural text tests set as an article's body:
long enough to be body text, plain enough to be no rule's furniture."""

P1 = (
    "Heavy rain on Monday night left the harbour road under water, and the ferry to the "
    "islands stayed in port until the tide turned."
)
P2 = (
    "Council workers cleared the drains on Tuesday; the mayor promised that the repairs to "
    "the sea wall would start before the autumn storms."
)
