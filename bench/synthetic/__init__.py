"""Deterministic synthetic-vault generators: one module per area with
``generate(services, scale, seed)``."""
