"""Charts for the report. Every function returns its matplotlib `Figure`.

Every chart takes, right after its table, `colors`: one colour per outlet, built once per
run with `outlet_colors(<every article's outlet>, top=N)`, so an outlet has the same colour
in every chart, and the outlets past the N with most articles are drawn as "all others"
(`outlets`). Modules follow the pipeline stages: `cleaning`, `entities`, then for the
framing stage `framing` (frame shares), `lead` (what articles lead with) and `wording`
(distinctive words, tone); `common` holds what they share.
"""

from helpers.report.charts.cleaning import removed_by_reason_chart, words_before_after
from helpers.report.charts.entities import entity_heatmap, voice_share_chart, who_leads_chart
from helpers.report.charts.framing import frame_heatmap, frame_share_chart
from helpers.report.charts.lead import lead_frames_chart
from helpers.report.charts.outlets import OTHERS, outlet_colors
from helpers.report.charts.wording import distinctive_terms_chart, tone_chart

__all__ = [
    "OTHERS",
    "distinctive_terms_chart",
    "entity_heatmap",
    "frame_heatmap",
    "frame_share_chart",
    "lead_frames_chart",
    "outlet_colors",
    "removed_by_reason_chart",
    "tone_chart",
    "voice_share_chart",
    "who_leads_chart",
    "words_before_after",
]
