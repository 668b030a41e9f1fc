"""Identity: accounts, sign-in, tokens, roles."""
