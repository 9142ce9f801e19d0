"""Detail views: the person view and the company view with their timelines."""
