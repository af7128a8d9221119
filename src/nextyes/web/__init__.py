"""The web face: FastAPI app factory, pages rendered with Jinja2 from the services."""
