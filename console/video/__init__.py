"""The video wall: camera list, slots that play streams from the sink, snapshots as evidence."""
