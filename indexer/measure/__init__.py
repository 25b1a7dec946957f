"""Measuring the engine: judged-query evaluation and benchmarks against baselines."""
