"""Pure domain layer: value objects, enums, validation. Imports nothing outside the stdlib."""
