"""GUI tests of the agenda (deadlines), the dashboard and the brief dialog."""
