"""Processing algorithms, one per file. Each module defines one ``SoilRespAlgorithm`` subclass
with an ``ALGORITHM_ID``; the provider discovers them."""
