"""The people page: who is classified, who knows what, who leaves."""
