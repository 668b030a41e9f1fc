"""Provider adapters: one small subclass of `Provider` per API family, SDKs imported lazily."""
