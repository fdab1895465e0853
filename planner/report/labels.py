"""The report's printed vocabulary in English and Traditional Chinese.

The PDF is built without Qt, so it carries its own bilingual labels rather than
going through the application's translator. Enum labels are keyed by the enum
members themselves.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from planner.domain.model import Attitude, BuyingRole, DealStatus, Influence, Outcome, StageState

Lang = Literal["en", "zh_TW"]
LANGS: tuple[Lang, ...] = ("en", "zh_TW")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "doc.title": "Account plan",
        "doc.kicker": "ACCOUNT PLAN",
        "doc.printed": "Printed {date}",
        "doc.prepared_by": "Prepared by {name}",
        "doc.creator": "Deal Planner",
        "page": "Page {page} of {pages}",
        "doc.fingerprint": "File fingerprint {fingerprint}",
        "doc.continued": "{title} (continued)",
        "kpi.open_deals": "Open deals",
        "kpi.open_value": "Open pipeline",
        "kpi.weighted": "Weighted pipeline",
        "kpi.contacts": "Decision makers",
        "kpi.unconverted": "+ {amount} without an exchange rate",
        "section.overview": "Account overview",
        "section.contacts": "Decision makers",
        "section.open_deals": "Open deals",
        "section.closed_deals": "Closed deals",
        "section.forecast": "Forecast",
        "section.notes": "Plan notes",
        "overview.industry": "Industry",
        "overview.size": "Size",
        "overview.kind": "Kind of customer",
        "overview.relationship": "Relationship",
        "overview.notes": "Notes",
        "empty.contacts": "No decision makers recorded for this account yet.",
        "empty.open_deals": "No open deals for this account.",
        "empty.closed_deals": "No closed deals yet.",
        "empty.forecast": "Nothing to forecast: there are no open deals.",
        "empty.milestones": "No milestone confirmed yet.",
        "empty.tasks": "No open tasks in this stage.",
        "empty.deliverables": "All deliverables of this stage are in place.",
        "contact.name": "Name",
        "contact.role": "Buying role",
        "contact.attitude": "Attitude",
        "contact.influence": "Influence",
        "contact.notes": "Notes",
        "deal.process": "Process: {name}",
        "deal.current_stage": "Current stage: {name}",
        "deal.value": "Value",
        "deal.win_rate": "Stage win rate",
        "deal.weighted": "Weighted value",
        "deal.expected_close": "Expected close",
        "deal.stage_map": "Stage map",
        "deal.next_milestone": "Next milestone",
        "deal.target": "Target date: {date}",
        "deal.no_target": "No target date set",
        "deal.last_stage": "This is the last stage: confirming its milestone wins the deal.",
        "deal.open_tasks": "Open tasks",
        "deal.missing_deliverables": "Missing deliverables",
        "deal.required": "required",
        "deal.milestones": "Confirmed milestones",
        "deal.risks": "Risks",
        "deal.notes": "Notes",
        "deal.follow_up": "Follow-up deal",
        "milestone.stage": "Stage",
        "milestone.milestone": "Milestone",
        "milestone.date": "Date",
        "milestone.outcome": "Outcome",
        "milestone.evidence": "Evidence",
        "milestone.decision": "Customer decision",
        "milestone.correction": "Correction of {date}",
        "map.frozen": "Confirmed (frozen)",
        "map.current": "Current stage",
        "map.future": "Ahead",
        "map.against": "Went against us",
        "map.now": "Now",
        "map.locked": "Frozen",
        "map.stage_n": "Stage {n}",
        "closed.deal": "Deal",
        "closed.status": "Status",
        "closed.reason": "Reason",
        "closed.value": "Value",
        "forecast.month": "Expected close",
        "forecast.currency": "Currency",
        "forecast.deals": "Deals",
        "forecast.open_value": "Open value",
        "forecast.weighted": "Weighted value",
        "forecast.no_date": "No date set",
        "forecast.total": "Total",
        "forecast.unconverted": "Not in the total: no rate",
    },
    "zh_TW": {
        "doc.title": "客戶計畫",
        "doc.kicker": "客戶計畫書",
        "doc.printed": "列印日期：{date}",
        "doc.prepared_by": "製作人：{name}",
        "doc.creator": "Deal Planner",
        "page": "第 {page} 頁，共 {pages} 頁",
        "doc.fingerprint": "檔案指紋 {fingerprint}",
        "doc.continued": "{title}（續）",
        "kpi.open_deals": "進行中商機",
        "kpi.open_value": "商機總額",
        "kpi.weighted": "加權預測",
        "kpi.contacts": "決策人",
        "kpi.unconverted": "另有 {amount}（無匯率，未計入）",
        "section.overview": "客戶概況",
        "section.contacts": "決策人",
        "section.open_deals": "進行中商機",
        "section.closed_deals": "已結案商機",
        "section.forecast": "銷售預測",
        "section.notes": "計畫備註",
        "overview.industry": "產業",
        "overview.size": "規模",
        "overview.kind": "客戶類型",
        "overview.relationship": "客戶關係",
        "overview.notes": "備註",
        "empty.contacts": "尚未記錄此客戶的決策人。",
        "empty.open_deals": "此客戶目前沒有進行中的商機。",
        "empty.closed_deals": "尚無已結案的商機。",
        "empty.forecast": "沒有進行中的商機，無可預測。",
        "empty.milestones": "尚未確認任何里程點。",
        "empty.tasks": "本階段沒有未完成的任務。",
        "empty.deliverables": "本階段的交付件均已齊備。",
        "contact.name": "姓名",
        "contact.role": "採購角色",
        "contact.attitude": "態度",
        "contact.influence": "影響力",
        "contact.notes": "備註",
        "deal.process": "銷售流程：{name}",
        "deal.current_stage": "目前階段：{name}",
        "deal.value": "金額",
        "deal.win_rate": "階段贏率",
        "deal.weighted": "加權金額",
        "deal.expected_close": "預計成交",
        "deal.stage_map": "階段圖",
        "deal.next_milestone": "下一個里程點",
        "deal.target": "目標日期：{date}",
        "deal.no_target": "尚未設定目標日期",
        "deal.last_stage": "這是最後一個階段：確認其里程點即贏得此商機。",
        "deal.open_tasks": "未完成任務",
        "deal.missing_deliverables": "待交付件",
        "deal.required": "必要",
        "deal.milestones": "已確認的里程點",
        "deal.risks": "風險",
        "deal.notes": "備註",
        "deal.follow_up": "後續商機",
        "milestone.stage": "階段",
        "milestone.milestone": "里程點",
        "milestone.date": "日期",
        "milestone.outcome": "結果",
        "milestone.evidence": "佐證",
        "milestone.decision": "客戶決定",
        "milestone.correction": "{date} 更正",
        "map.frozen": "已確認（凍結）",
        "map.current": "目前階段",
        "map.future": "未來階段",
        "map.against": "結果不利",
        "map.now": "目前",
        "map.locked": "已凍結",
        "map.stage_n": "第 {n} 階段",
        "closed.deal": "商機",
        "closed.status": "狀態",
        "closed.reason": "原因",
        "closed.value": "金額",
        "forecast.month": "預計成交月份",
        "forecast.currency": "幣別",
        "forecast.deals": "商機數",
        "forecast.open_value": "商機金額",
        "forecast.weighted": "加權金額",
        "forecast.no_date": "未定",
        "forecast.total": "合計",
        "forecast.unconverted": "未計入合計：無匯率",
    },
}

ENUM_LABELS: dict[str, dict[Enum, str]] = {
    "en": {
        BuyingRole.ECONOMIC_BUYER: "Economic buyer",
        BuyingRole.TECHNICAL_EVALUATOR: "Technical evaluator",
        BuyingRole.USER: "User",
        BuyingRole.COACH: "Coach",
        BuyingRole.PROCUREMENT: "Procurement",
        BuyingRole.OTHER: "Other",
        Attitude.SUPPORTER: "Supporter",
        Attitude.NEUTRAL: "Neutral",
        Attitude.OPPONENT: "Opponent",
        Attitude.UNKNOWN: "Unknown",
        Influence.HIGH: "High",
        Influence.MEDIUM: "Medium",
        Influence.LOW: "Low",
        DealStatus.OPEN: "Open",
        DealStatus.WON: "Won",
        DealStatus.LOST: "Lost",
        DealStatus.ABANDONED: "Abandoned",
        Outcome.REACHED: "Reached",
        Outcome.AGAINST: "Went against us",
        StageState.FROZEN: "Frozen",
        StageState.CURRENT: "Current",
        StageState.FUTURE: "Ahead",
    },
    "zh_TW": {
        BuyingRole.ECONOMIC_BUYER: "經濟決策者",
        BuyingRole.TECHNICAL_EVALUATOR: "技術評估者",
        BuyingRole.USER: "使用者",
        BuyingRole.COACH: "內線教練",
        BuyingRole.PROCUREMENT: "採購",
        BuyingRole.OTHER: "其他",
        Attitude.SUPPORTER: "支持",
        Attitude.NEUTRAL: "中立",
        Attitude.OPPONENT: "反對",
        Attitude.UNKNOWN: "不明",
        Influence.HIGH: "高",
        Influence.MEDIUM: "中",
        Influence.LOW: "低",
        DealStatus.OPEN: "進行中",
        DealStatus.WON: "贏單",
        DealStatus.LOST: "失單",
        DealStatus.ABANDONED: "已放棄",
        Outcome.REACHED: "已達成",
        Outcome.AGAINST: "結果不利",
        StageState.FROZEN: "已凍結",
        StageState.CURRENT: "目前",
        StageState.FUTURE: "未來",
    },
}


def normalise_lang(lang: str) -> Lang:
    """"zh_TW", "zh-TW", "zh_Hant..." print Traditional Chinese; anything else English."""
    value = (lang or "").replace("-", "_")
    if value.lower().startswith("zh"):
        return "zh_TW"
    return "en"


class Labels:
    """The vocabulary of one language: ``labels["section.forecast"]``, ``labels.enum(x)``."""

    def __init__(self, lang: str) -> None:
        self.lang: Lang = normalise_lang(lang)
        self._texts = LABELS[self.lang]
        self._enums = ENUM_LABELS[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def __call__(self, key: str, **params: object) -> str:
        return self._texts[key].format(**params)

    def enum(self, value: Enum) -> str:
        return self._enums.get(value, str(value.value))
