"""Pure rules of the job search: no I/O, no framework imports, fast to test."""
