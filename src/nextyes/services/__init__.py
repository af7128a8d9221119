"""Use cases: each function runs in one transaction for one owner. Faces call only these."""
