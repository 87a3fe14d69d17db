"""Getting articles out: the fields a user sees, and the stored archive as files."""
