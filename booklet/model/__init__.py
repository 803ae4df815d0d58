"""Stage 2, the typed models: content, layouts, brands, views and editions, validated."""
