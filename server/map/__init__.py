"""The map: layers of the district's own GIS data (streets, communities, grids, rivers, points
of interest), their validation on import, GCJ-02 input, the offline basemap, the heat of intake
by area and the street (or grid) a point lies in.

Below the services: it imports the models and problems, never a service or a route, so that
the street rule (server/services/resolve.py) can ask it which polygon holds a point.
"""
