"""The employer's pay from schema.org baseSalary: amounts, currency and period.

Only baseSalary is read: a job board's estimatedSalary is the board's guess, not the
employer's offer. A pay-scale or collective-agreement grade without figures ("TV-L E13",
"Entgeltgruppe 11", "CAO schaal 8") gives no amounts, never the grade number as one."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from nextyes.postings.text import words


@dataclass(frozen=True)
class Salary:
    minimum: Decimal | None
    maximum: Decimal | None
    currency: str | None
    period: str | None


_PERIODS = {
    "year": "year yearly annual annually annum pa p.a. jahr jährlich jaehrlich jahresgehalt"
    " an annuel annuelle año ano anual jaar jaarlijks yr p1y",
    "month": "month monthly mo monat monatlich mois mensuel mensuelle mes mensual maand"
    " maandelijks p1m",
    "week": "week weekly wk woche wöchentlich semaine hebdomadaire semana semanal wekelijks p1w",
    "day": "day daily tag täglich jour journalier día dia diario dag dagelijks p1d",
    "hour": "hour hourly hr h stunde std stündlich heure horaire hora uur p1h pt1h",
}
_PERIOD_OF = {word: period for period, words in _PERIODS.items() for word in words.split()}
_PERIOD_WORD = re.compile(
    r"(?:(?<!\w)(?:per|pro|par|por|a|an|al|im|each)\s+|/\s*)("
    + "|".join(sorted((re.escape(w) for w in _PERIOD_OF), key=len, reverse=True))
    + r")(?!\w)|\b(yearly|annual(?:ly)?|monthly|weekly|daily|hourly|jährlich|monatlich"
    r"|stündlich|annuel(?:le)?|mensuel(?:le)?|anual|mensual|jaarlijks|maandelijks)\b"
    r"|(?<!\w)(p\.\s?a\.)",
    re.I,
)
_SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₩": "KRW",
    "zł": "PLN",
    "kč": "CZK",
    "us$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "$": "USD",
    "fr.": "CHF",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pounds": "GBP",
    "francs": "CHF",
    "franken": "CHF",
}
_CODES = words(
    "EUR USD GBP CHF CAD AUD NZD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD UAH RUB TRY"
    " JPY CNY HKD TWD KRW SGD MYR THB IDR PHP VND INR PKR BDT LKR ILS AED SAR QAR KWD BHD"
    " OMR EGP MAD TND NGN KES GHS ZAR BRL MXN ARS CLP COP PEN UYU"
)
_CURRENCY = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(_CODES)) + r")(?![A-Za-z])|us\$|ca\$|au\$|nz\$|hk\$"
    r"|[csar]\$|[€£¥₹₽₺₩$]|\bzł|\bkč\b|\bfr\.|\b(?:euros?|dollars?|pounds|francs|franken)\b",
    re.I,
)
# A number standing alone: not glued to letters the way grades are ("E13", "A14", "EG11").
_AMOUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
    r"\s*(k|tsd\.?|mil\b)?(?![^\W\d_])",
    re.I,
)
_GRADES = re.compile(
    r"\b(?:tv-?l|tvöd|tv-?h|tv-?v|tv-?ärzte|tarif\w*|entgelt\s?gruppe|entgeltgr|eg\s?\d|e\s?\d"
    r"|besoldung\w*|a\s?1[0-6]|w\s?[123]|grade|band|pay\s?scale|salary\s?scale|scale|cao"
    r"|schaal|loonschaal|convenio|convention\s+collective|grille|échelon|niveau|nivel"
    r"|categoría|stufe|level)\b",
    re.I,
)
_FROM = re.compile(
    r"\b(?:from|starting(?:\s+at|\s+from)?|at\s+least|min(?:imum)?\.?|ab|mindestens|à\s+partir"
    r"\s+de|dès|desde|a\s+partir\s+de|vanaf|minimaal|vanaf)\s*[^\d\s]{0,4}\s*$",
    re.I,
)
_UP_TO = re.compile(
    r"\b(?:up\s+to|max(?:imum)?\.?|bis(?:\s+zu)?|maximal|jusqu'(?:à|a)|hasta|tot(?:\s+maximaal)?"
    r"|maximaal)\s*[^\d\s]{0,4}\s*$",
    re.I,
)
_ESTIMATE = re.compile(
    r"estimat|geschätzt|schätzung|estimé|estimado|estimación|geschat|indicatie|\best\.(?!\w)",
    re.I,
)
# Grade numbers ("EG 13", "Stufe 2", "schaal 8") are never amounts.
_GRADE_NUMBER = re.compile(
    r"\b(?:eg|e|a|w|stufe|grade|band|level|niveau|nivel|schaal|scale|gruppe|group|categoría"
    r"|entgeltgruppe)\s?\d{1,2}(?!\d)",
    re.I,
)
# "50000EUR", "EUR50000": a space lets the amount stand alone.
_GLUED_CODE = re.compile(
    r"(?<=\d)(?=(?:" + "|".join(sorted(_CODES)) + r")\b)|(?<=\b(?:EUR|USD|GBP|CHF))(?=\d)",
    re.I,
)


def read_salary(value: Any, currency: Any = None) -> Salary | None:
    """The salary in a baseSalary value: a MonetaryAmount (value a QuantitativeValue with
    minValue/maxValue or value, or a number), a plain number, or text like "€50k-60k a year".
    `currency` is the posting's own salaryCurrency, used when the amount names none."""
    default = currency_code(currency)
    if isinstance(value, list):
        return next((found for item in value if (found := read_salary(item, default))), None)
    if isinstance(value, dict):
        return _from_amount(value, default)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        return _finish(number(value), number(value), default, None)
    if isinstance(value, str):
        return read_salary_text(value, default)
    return None


def _from_amount(amount: dict[str, Any], default: str | None) -> Salary | None:
    label = " ".join(str(amount.get(key) or "") for key in ("name", "description"))
    if _ESTIMATE.search(label):
        return None  # a board's estimate filed under baseSalary is still not the employer's
    currency = currency_code(amount.get("currency")) or default
    unit = amount.get("unitText") or amount.get("unitCode")
    inner = amount.get("value")
    low, high, single = amount.get("minValue"), amount.get("maxValue"), None
    if isinstance(inner, dict):
        currency = currency_code(inner.get("currency")) or currency
        unit = inner.get("unitText") or inner.get("unitCode") or unit
        low = inner.get("minValue", low)
        high = inner.get("maxValue", high)
        single = inner.get("value")
    elif isinstance(inner, list):
        inner = next((item for item in inner if item not in (None, "")), None)
        single = inner
    else:
        single = inner
    period = period_of(unit)
    if all(isinstance(v, str) and not _plain_number(v) for v in (low, high, single) if v):
        # Amounts written as prose ("45.000 - 55.000 € brutto"): read them as text.
        text = " - ".join(str(v) for v in (low, high, single) if v)
        found = read_salary_text(text, currency)
        if found and period and not found.period:
            return Salary(found.minimum, found.maximum, found.currency, period)
        return found
    minimum, maximum = number(low), number(high)
    if minimum is None and maximum is None:
        minimum = maximum = number(single)
    return _finish(minimum, maximum, currency, period)


def read_salary_text(text: str, currency: str | None = None) -> Salary | None:
    """Amounts, currency and period in a line of text; None without figures (a grade)."""
    if _ESTIMATE.search(text):
        return None
    text = _GLUED_CODE.sub(" ", text)
    marked = _CURRENCY.search(text)
    currency = (currency_code(marked.group(0)) if marked else None) or currency
    if not marked and _GRADES.search(text):
        return None
    grades = [found.span() for found in _GRADE_NUMBER.finditer(text)]
    amounts: list[tuple[Decimal, bool, int]] = []
    for found in _AMOUNT.finditer(text):
        if any(start <= found.start() < end for start, end in grades):
            continue
        value = number(found.group(1))
        if value is not None and value > 0:
            amounts.append((value, bool(found.group(2)), found.start()))
    if not amounts:
        return None
    if any(k for _, k, _ in amounts):
        # "50-60k": the k on the last figure reaches the ones before it.
        amounts = [(v * 1000 if k or v < 1000 else v, k, at) for v, k, at in amounts]
    period = _text_period(text)
    first = amounts[0][0]
    if len(amounts) >= 2:
        return _finish(first, amounts[1][0], currency, period)
    before = text[: amounts[0][2]]
    if _FROM.search(before):
        return _finish(first, None, currency, period)
    if _UP_TO.search(before):
        return _finish(None, first, currency, period)
    return _finish(first, first, currency, period)


def _finish(
    minimum: Decimal | None, maximum: Decimal | None, currency: str | None, period: str | None
) -> Salary | None:
    minimum = minimum if minimum else None  # 0 stands for "not given" on many boards
    maximum = maximum if maximum else None
    if minimum is None and maximum is None:
        return None
    if minimum is not None and maximum is not None and minimum > maximum:
        minimum, maximum = maximum, minimum
    return Salary(minimum, maximum, currency, period)


def number(value: Any) -> Decimal | None:
    """A non-negative amount from a JSON number or a numeric string ("55.000", "55,000.50")."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return None
    elif isinstance(value, str):
        amount_or_none = _parse_number(value)
        if amount_or_none is None:
            return None
        amount = amount_or_none
    else:
        return None
    if not amount.is_finite() or amount < 0:
        return None
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _plain_number(text: str) -> bool:
    return _parse_number(text) is not None


def _parse_number(text: str) -> Decimal | None:
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
    if not re.fullmatch(r"\d[\d.,]*", cleaned):
        return None
    dots, commas = cleaned.count("."), cleaned.count(",")
    if dots and commas:
        decimal_mark = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        cleaned = cleaned.replace("," if decimal_mark == "." else ".", "")
        cleaned = cleaned.replace(",", ".")
    elif dots + commas:
        mark = "." if dots else ","
        head, _, tail = cleaned.rpartition(mark)
        if dots + commas > 1 or len(tail) == 3:
            cleaned = cleaned.replace(mark, "")  # thousands: "55.000", "1,250,000"
        else:
            cleaned = head.replace(mark, "") + "." + tail
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def currency_code(value: Any) -> str | None:
    """ISO 4217 code for a code or a common symbol; None for anything else."""
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.upper() in _CODES or re.fullmatch(r"[A-Z]{3}", text):
        return text.upper()
    return _SYMBOLS.get(text.lower())


def period_of(unit: Any) -> str | None:
    """ "year", "month", "week", "day" or "hour" for schema.org unitText (YEAR, MONTH, ...),
    its UN/CEFACT unitCode (ANN, MON, WEE, DAY, HUR) or a word in one of five languages."""
    if isinstance(unit, list):
        unit = next(iter(unit), None)
    if not isinstance(unit, str):
        return None
    key = re.sub(r"[\s_-]+", " ", unit.strip().lower()).removeprefix("per ").strip()
    codes = {"ann": "year", "mon": "month", "wee": "week", "hur": "hour"}
    return _PERIOD_OF.get(key) or codes.get(key)


def _text_period(text: str) -> str | None:
    found = _PERIOD_WORD.search(text)
    if not found:
        return None
    word = next(group for group in found.groups() if group).lower().replace(" ", "")
    return _PERIOD_OF.get(word)
