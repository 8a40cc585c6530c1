"""The patrol view (巡河, issue #21): patrols by river, chief and week, a patrol's track, photos
and problems, and the week's 河长行动日 compliance (who has not patrolled since Monday)."""
