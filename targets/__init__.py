"""Target functions: mpmath references, kernel domains, range reduction, point sets, ULP error."""
