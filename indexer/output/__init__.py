"""What leaves the engine for people and tools: citations and exports."""
