"""Working on a team store: opening one, and keeping its windows current."""
