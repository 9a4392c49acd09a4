"""The demo world generator (python -m demo_world, or scripts/generate_demo_data.py): one B2B
company's raw exports in the vendors' layouts. Kept apart from the operational scripts (validate,
land, build, run); see __main__.py for what it simulates."""
