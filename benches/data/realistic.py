"""Back-office service for a small online shop.

This module bundles the domain records, in-memory repositories, validation,
reporting and a tiny command-line front end. It is deliberately self-contained:
only the standard library modules that ship with the runtime are imported.

Sections
--------
* errors and decorators shared by every section
* domain records (customers, products, orders, invoices, ...)
* pricing, tax and discount rules
* a small template engine used for e-mails and reports
* a query language for the admin console
* the command-line interface
"""

import json
import math
import sys
import time
import textwrap
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
from functools import wraps, lru_cache, partial, reduce
from itertools import chain, groupby, islice, count

__all__ = [
    "ShopError",
    "NotFoundError",
    "DuplicateKeyError",
    "ValidationError",
    "PriceRule",
    "TemplateEngine",
    "QueryParser",
    "main",
]

VERSION = (2, 7, 1)
DEFAULT_CURRENCY = "EUR"
VAT_RATES: dict[str, float] = {
    "NL": 0.21, "DE": 0.19, "BE": 0.21, "FR": 0.20, "ES": 0.21, "IT": 0.22,
    "AT": 0.20, "PL": 0.23, "SE": 0.25, "DK": 0.25, "FI": 0.24, "IE": 0.23,
    "PT": 0.23, "LU": 0.17, "CZ": 0.21, "HU": 0.27, "GR": 0.24, "SK": 0.20,
}
SHIPPING_TABLE = [
    # (max weight in grams, price in cents, carrier)
    (500, 395, "post"),
    (2_000, 695, "post"),
    (5_000, 995, "parcel"),
    (10_000, 1_495, "parcel"),
    (31_500, 2_495, "freight"),
]
STATUS_FLOW = {
    "new": ("paid", "cancelled"),
    "paid": ("packed", "refunded"),
    "packed": ("shipped",),
    "shipped": ("delivered", "lost"),
    "delivered": ("returned",),
    "cancelled": (),
    "refunded": (),
    "lost": ("refunded",),
    "returned": ("refunded",),
}
MAX_PAGE_SIZE = 0x100
RETRY_DELAYS = [0.1, 0.25, 0.5, 1.0, 2.0]
EPSILON = 1e-9

WELCOME_EMAIL = """\
Dear {name},

Thank you for creating an account with us. Your customer number is
{customer_id}. You can sign in at any time with the e-mail address
{email!r}.

If you did not create this account, please reply to this message and we
will close it within one working day.

Kind regards,
The Shop Team
"""

INVOICE_FOOTER = (
    "Payment is due within {due_days} days. "
    "Please mention invoice {invoice_id} with your payment. "
    "Late payments may incur a fee of 1.5% per month."
)

HELP_TEXT = r"""
usage: shopctl [--json] [--limit N] COMMAND [ARGS...]

commands:
  customers [QUERY]        list customers, optionally filtered
  orders STATUS            list orders with the given status
  invoice ORDER_ID         print the invoice for one order
  report [--by FIELD]      print a sales report
  query "EXPR"             run an admin query, e.g. "price > 10 and active"

Paths on Windows look like C:\shop\data; regular expressions such as \d+ are
passed through untouched.
"""


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class ShopError(Exception):
    """Base class for every error raised on purpose by this module."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} (hint: {self.hint})"
        return self.message


class NotFoundError(ShopError, LookupError):
    exit_code = 4

    def __init__(self, kind: str, key) -> None:
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class DuplicateKeyError(ShopError):
    exit_code = 5


class ValidationError(ShopError, ValueError):
    exit_code = 6

    def __init__(self, problems: list[str]) -> None:
        head = problems[0] if problems else "invalid input"
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(head + more)
        self.problems = list(problems)


# ---------------------------------------------------------------------------
# Decorators
# ---------------------------------------------------------------------------

_AUDIT_LOG: deque = deque(maxlen=1_000)


def audited(area: str):
    """Record every call of the decorated function in the audit log."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            started = time.monotonic()
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                _AUDIT_LOG.append((area, fn.__name__, "error", type(exc).__name__))
                raise
            else:
                elapsed = time.monotonic() - started
                _AUDIT_LOG.append((area, fn.__name__, "ok", round(elapsed, 6)))
                return result

        wrapper.area = area
        return wrapper

    return decorator


def retry(times: int = 3, exceptions: tuple = (OSError,), delays=RETRY_DELAYS):
    """Retry a flaky operation a few times before giving up."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            last_error = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:  # noqa: PERF203 - clarity over speed
                    last_error = exc
                    time.sleep(delays[min(attempt, len(delays) - 1)])
            raise ShopError(f"{fn.__name__} failed after {times} attempts") from last_error

        return wrapper

    return decorator


def memoize_method(method):
    """Cache a method's results per instance, keyed by positional arguments."""
    attr = f"_memo_{method.__name__}"

    @wraps(method)
    def wrapper(self, *args):
        cache = self.__dict__.setdefault(attr, {})
        if args not in cache:
            cache[args] = method(self, *args)
        return cache[args]

    return wrapper


# ----------------------------------------------------------------------------
# Customer records
# ----------------------------------------------------------------------------


class Customer:
    """A customer record, written out by hand like a dataclass.

    Fields: customer_id, name, email, tier, credit_limit, tags.
    """

    customer_id: int
    name: str
    email: str
    tier: str
    credit_limit: float
    tags: list[str]

    def __init__(
        self,
        customer_id: int = 0,
        name: str = "",
        email: str = "",
        tier: str = "standard",
        credit_limit: float = 0.0,
        tags: list[str] | None = None,
    ) -> None:
        self.customer_id = customer_id
        self.name = name
        self.email = email
        self.tier = tier
        self.credit_limit = credit_limit
        self.tags = list() if tags is None else tags

    def __repr__(self) -> str:
        return f"Customer(customer_id={self.customer_id!r}, name={self.name!r}, email={self.email!r}, tier={self.tier!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Customer):
            return NotImplemented
        return (
            self.customer_id == other.customer_id
            and self.name == other.name
            and self.email == other.email
            and self.tier == other.tier
            and self.credit_limit == other.credit_limit
            and self.tags == other.tags
        )

    def to_dict(self) -> dict:
        """Serialize this customer to plain JSON-compatible values."""
        return {
            "customer_id": self.customer_id,
            "name": self.name,
            "email": self.email,
            "tier": self.tier,
            "credit_limit": self.credit_limit,
            "tags": self.tags,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Customer":
        """Build a Customer from a mapping, ignoring unknown keys."""
        known = {
            "customer_id",
            "name",
            "email",
            "tier",
            "credit_limit",
            "tags",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def credit_limit_display(self) -> str:
        return f"{self.credit_limit:>10}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on name."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.name.lower()


class CustomerRepository:
    """In-memory storage for Customer objects keyed by customer_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Customer) -> None:
        if item.customer_id in self._items:
            raise DuplicateKeyError(f"customer {item.customer_id!r} already exists")
        self._items[item.customer_id] = item
        self._log.append(f"add {item.customer_id}")

    def get(self, key) -> Customer:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("customer", key) from None

    def find(self, predicate=None) -> list[Customer]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.customer_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_customers(items: list[Customer]) -> dict[str, float]:
    """Return count, total, mean, min and max of credit_limit across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.credit_limit for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


@audited("customer")
def import_customers(rows: list[dict], repo: CustomerRepository) -> tuple[int, list[str]]:
    """Import customer rows, collecting errors instead of stopping at the first."""
    imported = 0
    errors: list[str] = []
    for line_no, row in enumerate(rows, start=1):
        try:
            item = Customer.from_dict(row)
            repo.add(item)
        except DuplicateKeyError as exc:
            errors.append(f"line {line_no}: {exc}")
        except (TypeError, ValueError) as exc:
            errors.append(f"line {line_no}: invalid row ({exc})")
        else:
            imported += 1
    return imported, errors


# ----------------------------------------------------------------------------
# Product records
# ----------------------------------------------------------------------------


class Product:
    """A product record, written out by hand like a dataclass.

    Fields: sku, title, price_cents, weight_grams, category, active.
    """

    sku: str
    title: str
    price_cents: int
    weight_grams: int
    category: str
    active: bool

    def __init__(
        self,
        sku: str = "",
        title: str = "",
        price_cents: int = 0,
        weight_grams: int = 0,
        category: str = "misc",
        active: bool = True,
    ) -> None:
        self.sku = sku
        self.title = title
        self.price_cents = price_cents
        self.weight_grams = weight_grams
        self.category = category
        self.active = active

    def __repr__(self) -> str:
        return f"Product(sku={self.sku!r}, title={self.title!r}, price_cents={self.price_cents!r}, weight_grams={self.weight_grams!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Product):
            return NotImplemented
        return (
            self.sku == other.sku
            and self.title == other.title
            and self.price_cents == other.price_cents
            and self.weight_grams == other.weight_grams
            and self.category == other.category
            and self.active == other.active
        )

    def to_dict(self) -> dict:
        """Serialize this product to plain JSON-compatible values."""
        return {
            "sku": self.sku,
            "title": self.title,
            "price_cents": self.price_cents,
            "weight_grams": self.weight_grams,
            "category": self.category,
            "active": self.active,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Product":
        """Build a Product from a mapping, ignoring unknown keys."""
        known = {
            "sku",
            "title",
            "price_cents",
            "weight_grams",
            "category",
            "active",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def weight_grams_display(self) -> str:
        return f"{self.weight_grams:>10}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on title."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.title.lower()

    def toggle_active(self) -> bool:
        self.active = not self.active
        return self.active


class ProductRepository:
    """In-memory storage for Product objects keyed by sku."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Product) -> None:
        if item.sku in self._items:
            raise DuplicateKeyError(f"product {item.sku!r} already exists")
        self._items[item.sku] = item
        self._log.append(f"add {item.sku}")

    def get(self, key) -> Product:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("product", key) from None

    def find(self, predicate=None) -> list[Product]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.sku))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_products(items: list[Product]) -> dict[str, float]:
    """Return count, total, mean, min and max of weight_grams across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.weight_grams for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def render_product_table(items: list[Product], width: int = 72) -> str:
    """Render products as a fixed-width text table."""
    headers = ['sku', 'title', 'price_cents']
    col = max(8, width // len(headers) - 1)
    lines = [" ".join(f"{h:<{col}}" for h in headers)]
    lines.append(" ".join("-" * col for _ in headers))
    for item in items:
        cells = [str(getattr(item, h))[:col] for h in headers]
        lines.append(" ".join(f"{c:<{col}}" for c in cells))
    lines.append(f"({len(items)} rows)")
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# Order records
# ----------------------------------------------------------------------------


class Order:
    """A order record, written out by hand like a dataclass.

    Fields: order_id, customer_id, lines, status, placed_at, notes.
    """

    order_id: int
    customer_id: int
    lines: list[dict]
    status: str
    placed_at: float
    notes: str | None

    def __init__(
        self,
        order_id: int = 0,
        customer_id: int = 0,
        lines: list[dict] | None = None,
        status: str = "new",
        placed_at: float = 0.0,
        notes: str | None = None,
    ) -> None:
        self.order_id = order_id
        self.customer_id = customer_id
        self.lines = list() if lines is None else lines
        self.status = status
        self.placed_at = placed_at
        self.notes = notes

    def __repr__(self) -> str:
        return f"Order(order_id={self.order_id!r}, customer_id={self.customer_id!r}, lines={self.lines!r}, status={self.status!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Order):
            return NotImplemented
        return (
            self.order_id == other.order_id
            and self.customer_id == other.customer_id
            and self.lines == other.lines
            and self.status == other.status
            and self.placed_at == other.placed_at
            and self.notes == other.notes
        )

    def to_dict(self) -> dict:
        """Serialize this order to plain JSON-compatible values."""
        return {
            "order_id": self.order_id,
            "customer_id": self.customer_id,
            "lines": self.lines,
            "status": self.status,
            "placed_at": self.placed_at,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Order":
        """Build a Order from a mapping, ignoring unknown keys."""
        known = {
            "order_id",
            "customer_id",
            "lines",
            "status",
            "placed_at",
            "notes",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def order_id_display(self) -> str:
        return f"{self.order_id:.2f}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on status."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.status.lower()


class OrderRepository:
    """In-memory storage for Order objects keyed by order_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Order) -> None:
        if item.order_id in self._items:
            raise DuplicateKeyError(f"order {item.order_id!r} already exists")
        self._items[item.order_id] = item
        self._log.append(f"add {item.order_id}")

    def get(self, key) -> Order:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("order", key) from None

    def find(self, predicate=None) -> list[Order]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.order_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_orders(items: list[Order]) -> dict[str, float]:
    """Return count, total, mean, min and max of placed_at across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.placed_at for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def group_orders(items: list[Order], field: str = "status") -> dict[str, list[Order]]:
    """Group orders by the value of one attribute, preserving first-seen order."""
    groups: dict[str, list] = {}
    for item in items:
        value = getattr(item, field, None)
        groups.setdefault(str(value), []).append(item)
    return groups


def diff_orders(old: Order, new: Order) -> list[tuple[str, object, object]]:
    """List (field, old, new) for every field that changed."""
    before, after = old.to_dict(), new.to_dict()
    return [(k, before[k], after.get(k)) for k in before if before[k] != after.get(k)]


# ----------------------------------------------------------------------------
# Invoice records
# ----------------------------------------------------------------------------


class Invoice:
    """A invoice record, written out by hand like a dataclass.

    Fields: invoice_id, order_id, amount_cents, currency, paid, due_days.
    """

    invoice_id: str
    order_id: int
    amount_cents: int
    currency: str
    paid: bool
    due_days: int

    def __init__(
        self,
        invoice_id: str = "",
        order_id: int = 0,
        amount_cents: int = 0,
        currency: str = "EUR",
        paid: bool = False,
        due_days: int = 30,
    ) -> None:
        self.invoice_id = invoice_id
        self.order_id = order_id
        self.amount_cents = amount_cents
        self.currency = currency
        self.paid = paid
        self.due_days = due_days

    def __repr__(self) -> str:
        return f"Invoice(invoice_id={self.invoice_id!r}, order_id={self.order_id!r}, amount_cents={self.amount_cents!r}, currency={self.currency!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Invoice):
            return NotImplemented
        return (
            self.invoice_id == other.invoice_id
            and self.order_id == other.order_id
            and self.amount_cents == other.amount_cents
            and self.currency == other.currency
            and self.paid == other.paid
            and self.due_days == other.due_days
        )

    def to_dict(self) -> dict:
        """Serialize this invoice to plain JSON-compatible values."""
        return {
            "invoice_id": self.invoice_id,
            "order_id": self.order_id,
            "amount_cents": self.amount_cents,
            "currency": self.currency,
            "paid": self.paid,
            "due_days": self.due_days,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Invoice":
        """Build a Invoice from a mapping, ignoring unknown keys."""
        known = {
            "invoice_id",
            "order_id",
            "amount_cents",
            "currency",
            "paid",
            "due_days",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def due_days_display(self) -> str:
        return f"{self.due_days:,}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on invoice_id."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.invoice_id.lower()

    def toggle_paid(self) -> bool:
        self.paid = not self.paid
        return self.paid


class InvoiceRepository:
    """In-memory storage for Invoice objects keyed by invoice_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Invoice) -> None:
        if item.invoice_id in self._items:
            raise DuplicateKeyError(f"invoice {item.invoice_id!r} already exists")
        self._items[item.invoice_id] = item
        self._log.append(f"add {item.invoice_id}")

    def get(self, key) -> Invoice:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("invoice", key) from None

    def find(self, predicate=None) -> list[Invoice]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.invoice_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_invoices(items: list[Invoice]) -> dict[str, float]:
    """Return count, total, mean, min and max of due_days across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.due_days for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def validate_invoice(item: Invoice) -> list[str]:
    """Return human-readable problems with a invoice; empty means valid."""
    problems = []
    if not isinstance(item.invoice_id, str):
        problems.append("invoice_id must be text")
    elif len(item.invoice_id) > 128:
        problems.append("invoice_id is too long")
    if not isinstance(item.order_id, int) or item.order_id < 0:
        problems.append(f"order_id must be a non-negative integer, got {item.order_id!r}")
    if not isinstance(item.amount_cents, int) or item.amount_cents < 0:
        problems.append(f"amount_cents must be a non-negative integer, got {item.amount_cents!r}")
    if not isinstance(item.currency, str):
        problems.append("currency must be text")
    if not isinstance(item.due_days, int) or item.due_days < 0:
        problems.append(f"due_days must be a non-negative integer, got {item.due_days!r}")
    return problems


# ---------------------------------------------------------------------------
# Pricing, tax and discounts
# ---------------------------------------------------------------------------

Money = namedtuple("Money", ["cents", "currency"])


def money(amount: float | int, currency: str = DEFAULT_CURRENCY) -> Money:
    """Convert an amount in major units to Money, rounding half to even."""
    return Money(int(round(amount * 100)), currency)


def format_money(value: Money, *, symbol: bool = True) -> str:
    sign = "-" if value.cents < 0 else ""
    whole, cents = divmod(abs(value.cents), 100)
    symbols = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}
    prefix = symbols.get(value.currency, value.currency + " ") if symbol else ""
    return f"{sign}{prefix}{whole:,}.{cents:02d}"


class PriceRule:
    """A discount rule: applies when ``condition(line)`` is true."""

    registry: list["PriceRule"] = []

    def __init__(self, name: str, percent: float = 0.0, fixed_cents: int = 0, condition=None) -> None:
        if not 0 <= percent <= 100:
            raise ValidationError([f"percent must be between 0 and 100, got {percent}"])
        self.name = name
        self.percent = percent
        self.fixed_cents = fixed_cents
        self.condition = condition or (lambda line: True)

    def __repr__(self) -> str:
        return f"PriceRule({self.name!r}, percent={self.percent}, fixed_cents={self.fixed_cents})"

    def __call__(self, line: dict) -> int:
        if not self.condition(line):
            return 0
        gross = line["unit_cents"] * line["qty"]
        return min(gross, int(gross * self.percent / 100) + self.fixed_cents)

    @classmethod
    def register(cls, *args, **kwargs) -> "PriceRule":
        rule = cls(*args, **kwargs)
        cls.registry.append(rule)
        return rule


PriceRule.register("bulk", percent=5, condition=lambda line: line["qty"] >= 10)
PriceRule.register("books", percent=2.5, condition=lambda line: line.get("category") == "books")
PriceRule.register("clearance", fixed_cents=100, condition=lambda line: line.get("clearance", False))


def line_total(line: dict, rules=None) -> int:
    rules = PriceRule.registry if rules is None else rules
    gross = line["unit_cents"] * line["qty"]
    discount = max((rule(line) for rule in rules), default=0)
    return gross - discount


def order_total(lines: list[dict], country: str = "NL", *, include_vat: bool = True) -> dict[str, int]:
    """Compute subtotal, VAT, shipping and grand total for an order."""
    subtotal = sum(line_total(line) for line in lines)
    weight = sum(line.get("weight_grams", 0) * line["qty"] for line in lines)
    shipping = next((price for limit, price, _ in SHIPPING_TABLE if weight <= limit), None)
    if shipping is None:
        raise ValidationError([f"order too heavy to ship: {weight / 1000:.1f} kg"])
    rate = VAT_RATES.get(country.upper(), 0.0) if include_vat else 0.0
    vat = int(round((subtotal + shipping) * rate))
    return {
        "subtotal": subtotal,
        "shipping": shipping,
        "vat": vat,
        "total": subtotal + shipping + vat,
    }


def amortize(principal: float, yearly_rate: float, months: int) -> list[tuple[int, float, float, float]]:
    """Return an amortization schedule as (month, payment, interest, balance) tuples."""
    if months <= 0:
        return []
    r = yearly_rate / 12
    payment = principal / months if abs(r) < EPSILON else principal * r / (1 - (1 + r) ** -months)
    balance = principal
    schedule = []
    for month in range(1, months + 1):
        interest = balance * r
        balance = balance + interest - payment
        schedule.append((month, round(payment, 2), round(interest, 2), round(max(balance, 0.0), 2)))
    return schedule


# ----------------------------------------------------------------------------
# Warehouse records
# ----------------------------------------------------------------------------


class Warehouse:
    """A warehouse record, written out by hand like a dataclass.

    Fields: code, city, capacity, used, zones.
    """

    code: str
    city: str
    capacity: int
    used: int
    zones: dict[str, int]

    def __init__(
        self,
        code: str = "",
        city: str = "",
        capacity: int = 0,
        used: int = 0,
        zones: dict[str, int] | None = None,
    ) -> None:
        self.code = code
        self.city = city
        self.capacity = capacity
        self.used = used
        self.zones = dict() if zones is None else zones

    def __repr__(self) -> str:
        return f"Warehouse(code={self.code!r}, city={self.city!r}, capacity={self.capacity!r}, used={self.used!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Warehouse):
            return NotImplemented
        return (
            self.code == other.code
            and self.city == other.city
            and self.capacity == other.capacity
            and self.used == other.used
            and self.zones == other.zones
        )

    def to_dict(self) -> dict:
        """Serialize this warehouse to plain JSON-compatible values."""
        return {
            "code": self.code,
            "city": self.city,
            "capacity": self.capacity,
            "used": self.used,
            "zones": self.zones,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Warehouse":
        """Build a Warehouse from a mapping, ignoring unknown keys."""
        known = {
            "code",
            "city",
            "capacity",
            "used",
            "zones",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def capacity_display(self) -> str:
        return f"{self.capacity:.2f}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on code."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.code.lower()


class WarehouseRepository:
    """In-memory storage for Warehouse objects keyed by code."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Warehouse) -> None:
        if item.code in self._items:
            raise DuplicateKeyError(f"warehouse {item.code!r} already exists")
        self._items[item.code] = item
        self._log.append(f"add {item.code}")

    def get(self, key) -> Warehouse:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("warehouse", key) from None

    def find(self, predicate=None) -> list[Warehouse]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.code))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_warehouses(items: list[Warehouse]) -> dict[str, float]:
    """Return count, total, mean, min and max of used across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.used for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


@audited("warehouse")
def import_warehouses(rows: list[dict], repo: WarehouseRepository) -> tuple[int, list[str]]:
    """Import warehouse rows, collecting errors instead of stopping at the first."""
    imported = 0
    errors: list[str] = []
    for line_no, row in enumerate(rows, start=1):
        try:
            item = Warehouse.from_dict(row)
            repo.add(item)
        except DuplicateKeyError as exc:
            errors.append(f"line {line_no}: {exc}")
        except (TypeError, ValueError) as exc:
            errors.append(f"line {line_no}: invalid row ({exc})")
        else:
            imported += 1
    return imported, errors


# ----------------------------------------------------------------------------
# Shipment records
# ----------------------------------------------------------------------------


class Shipment:
    """A shipment record, written out by hand like a dataclass.

    Fields: tracking, order_id, carrier, weight_grams, delivered, events.
    """

    tracking: str
    order_id: int
    carrier: str
    weight_grams: int
    delivered: bool
    events: list[tuple]

    def __init__(
        self,
        tracking: str = "",
        order_id: int = 0,
        carrier: str = "post",
        weight_grams: int = 0,
        delivered: bool = False,
        events: list[tuple] | None = None,
    ) -> None:
        self.tracking = tracking
        self.order_id = order_id
        self.carrier = carrier
        self.weight_grams = weight_grams
        self.delivered = delivered
        self.events = list() if events is None else events

    def __repr__(self) -> str:
        return f"Shipment(tracking={self.tracking!r}, order_id={self.order_id!r}, carrier={self.carrier!r}, weight_grams={self.weight_grams!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shipment):
            return NotImplemented
        return (
            self.tracking == other.tracking
            and self.order_id == other.order_id
            and self.carrier == other.carrier
            and self.weight_grams == other.weight_grams
            and self.delivered == other.delivered
            and self.events == other.events
        )

    def to_dict(self) -> dict:
        """Serialize this shipment to plain JSON-compatible values."""
        return {
            "tracking": self.tracking,
            "order_id": self.order_id,
            "carrier": self.carrier,
            "weight_grams": self.weight_grams,
            "delivered": self.delivered,
            "events": [list(item) for item in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Shipment":
        """Build a Shipment from a mapping, ignoring unknown keys."""
        known = {
            "tracking",
            "order_id",
            "carrier",
            "weight_grams",
            "delivered",
            "events",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def order_id_display(self) -> str:
        return f"{self.order_id:.2f}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on carrier."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.carrier.lower()

    def toggle_delivered(self) -> bool:
        self.delivered = not self.delivered
        return self.delivered


class ShipmentRepository:
    """In-memory storage for Shipment objects keyed by tracking."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Shipment) -> None:
        if item.tracking in self._items:
            raise DuplicateKeyError(f"shipment {item.tracking!r} already exists")
        self._items[item.tracking] = item
        self._log.append(f"add {item.tracking}")

    def get(self, key) -> Shipment:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("shipment", key) from None

    def find(self, predicate=None) -> list[Shipment]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.tracking))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_shipments(items: list[Shipment]) -> dict[str, float]:
    """Return count, total, mean, min and max of weight_grams across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.weight_grams for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def render_shipment_table(items: list[Shipment], width: int = 72) -> str:
    """Render shipments as a fixed-width text table."""
    headers = ['tracking', 'order_id', 'carrier']
    col = max(8, width // len(headers) - 1)
    lines = [" ".join(f"{h:<{col}}" for h in headers)]
    lines.append(" ".join("-" * col for _ in headers))
    for item in items:
        cells = [str(getattr(item, h))[:col] for h in headers]
        lines.append(" ".join(f"{c:<{col}}" for c in cells))
    lines.append(f"({len(items)} rows)")
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# Employee records
# ----------------------------------------------------------------------------


class Employee:
    """A employee record, written out by hand like a dataclass.

    Fields: employee_id, full_name, department, salary, manager_id, skills.
    """

    employee_id: int
    full_name: str
    department: str
    salary: float
    manager_id: int | None
    skills: set[str]

    def __init__(
        self,
        employee_id: int = 0,
        full_name: str = "",
        department: str = "ops",
        salary: float = 0.0,
        manager_id: int | None = None,
        skills: set[str] | None = None,
    ) -> None:
        self.employee_id = employee_id
        self.full_name = full_name
        self.department = department
        self.salary = salary
        self.manager_id = manager_id
        self.skills = set() if skills is None else skills

    def __repr__(self) -> str:
        return f"Employee(employee_id={self.employee_id!r}, full_name={self.full_name!r}, department={self.department!r}, salary={self.salary!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Employee):
            return NotImplemented
        return (
            self.employee_id == other.employee_id
            and self.full_name == other.full_name
            and self.department == other.department
            and self.salary == other.salary
            and self.manager_id == other.manager_id
            and self.skills == other.skills
        )

    def to_dict(self) -> dict:
        """Serialize this employee to plain JSON-compatible values."""
        return {
            "employee_id": self.employee_id,
            "full_name": self.full_name,
            "department": self.department,
            "salary": self.salary,
            "manager_id": self.manager_id,
            "skills": sorted(self.skills),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Employee":
        """Build a Employee from a mapping, ignoring unknown keys."""
        known = {
            "employee_id",
            "full_name",
            "department",
            "salary",
            "manager_id",
            "skills",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        if "skills" in kwargs:
            kwargs["skills"] = set(kwargs["skills"])
        return cls(**kwargs)

    @property
    def employee_id_display(self) -> str:
        return f"{self.employee_id:.2f}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on department."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.department.lower()


class EmployeeRepository:
    """In-memory storage for Employee objects keyed by employee_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Employee) -> None:
        if item.employee_id in self._items:
            raise DuplicateKeyError(f"employee {item.employee_id!r} already exists")
        self._items[item.employee_id] = item
        self._log.append(f"add {item.employee_id}")

    def get(self, key) -> Employee:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("employee", key) from None

    def find(self, predicate=None) -> list[Employee]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.employee_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_employees(items: list[Employee]) -> dict[str, float]:
    """Return count, total, mean, min and max of salary across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.salary for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def group_employees(items: list[Employee], field: str = "full_name") -> dict[str, list[Employee]]:
    """Group employees by the value of one attribute, preserving first-seen order."""
    groups: dict[str, list] = {}
    for item in items:
        value = getattr(item, field, None)
        groups.setdefault(str(value), []).append(item)
    return groups


def diff_employees(old: Employee, new: Employee) -> list[tuple[str, object, object]]:
    """List (field, old, new) for every field that changed."""
    before, after = old.to_dict(), new.to_dict()
    return [(k, before[k], after.get(k)) for k in before if before[k] != after.get(k)]


# ---------------------------------------------------------------------------
# A tiny template engine
# ---------------------------------------------------------------------------


class TemplateError(ShopError):
    pass


class TemplateEngine:
    """Render ``{{ name }}``, ``{{ name|filter }}`` and ``{% for x in xs %}`` blocks.

    The engine is intentionally small: there is no expression language, only
    dotted lookups, a handful of filters and one level of loops.
    """

    FILTERS = {
        "upper": str.upper,
        "lower": str.lower,
        "title": str.title,
        "strip": str.strip,
        "money": lambda v: format_money(Money(int(v), DEFAULT_CURRENCY)),
        "json": lambda v: json.dumps(v, sort_keys=True),
        "length": lambda v: str(len(v)),
    }

    def __init__(self, templates: dict[str, str] | None = None) -> None:
        self.templates = dict(templates or {})
        self.rendered = Counter()

    def add(self, name: str, source: str) -> None:
        self.templates[name] = textwrap.dedent(source).strip("\n") + "\n"

    def lookup(self, context: dict, dotted: str):
        value = context
        for part in dotted.split("."):
            if isinstance(value, dict):
                if part not in value:
                    raise TemplateError(f"unknown variable {dotted!r}")
                value = value[part]
            else:
                try:
                    value = getattr(value, part)
                except AttributeError:
                    raise TemplateError(f"{dotted!r}: no attribute {part!r}") from None
        return value

    def _substitute(self, text: str, context: dict) -> str:
        pieces = []
        pos = 0
        while (start := text.find("{{", pos)) != -1:
            end = text.find("}}", start)
            if end == -1:
                raise TemplateError(f"unclosed '{{{{' at offset {start}")
            pieces.append(text[pos:start])
            expr = text[start + 2:end].strip()
            name, _, filt = expr.partition("|")
            value = self.lookup(context, name.strip())
            if filt:
                try:
                    value = self.FILTERS[filt.strip()](value)
                except KeyError:
                    raise TemplateError(f"unknown filter {filt.strip()!r}") from None
            pieces.append(str(value))
            pos = end + 2
        pieces.append(text[pos:])
        return "".join(pieces)

    def render(self, name: str, **context) -> str:
        try:
            source = self.templates[name]
        except KeyError:
            raise NotFoundError("template", name) from None
        self.rendered[name] += 1
        out = []
        lines = iter(source.splitlines(keepends=True))
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("{% for ") and stripped.endswith("%}"):
                header = stripped[len("{% for "):-2].strip()
                var, _, seq_name = header.partition(" in ")
                body = []
                for inner in lines:
                    if inner.strip() == "{% endfor %}":
                        break
                    body.append(inner)
                else:
                    raise TemplateError("missing {% endfor %}")
                for item in self.lookup(context, seq_name.strip()):
                    scope = {**context, var.strip(): item}
                    out.extend(self._substitute(b, scope) for b in body)
            else:
                out.append(self._substitute(line, context))
        return "".join(out)


DEFAULT_TEMPLATES = {
    "order_confirmation": """
        Hello {{ customer.name|title }},

        we received order #{{ order.order_id }} with {{ order.lines|length }} line(s):
        {% for line in order.lines %}
          - {{ line.qty }} x {{ line.title }}
        {% endfor %}
        Total: {{ totals.total|money }}
    """,
    "shipping_notice": """
        Your parcel {{ shipment.tracking|upper }} is on its way with {{ shipment.carrier }}.
    """,
    "low_stock": """
        Warning: {{ product.title }} ({{ product.sku }}) has only {{ stock }} left.
    """,
}


# ----------------------------------------------------------------------------
# Ticket records
# ----------------------------------------------------------------------------


class Ticket:
    """A ticket record, written out by hand like a dataclass.

    Fields: ticket_id, subject, priority, assignee, comments, closed.
    """

    ticket_id: int
    subject: str
    priority: int
    assignee: str | None
    comments: list[str]
    closed: bool

    def __init__(
        self,
        ticket_id: int = 0,
        subject: str = "",
        priority: int = 3,
        assignee: str | None = None,
        comments: list[str] | None = None,
        closed: bool = False,
    ) -> None:
        self.ticket_id = ticket_id
        self.subject = subject
        self.priority = priority
        self.assignee = assignee
        self.comments = list() if comments is None else comments
        self.closed = closed

    def __repr__(self) -> str:
        return f"Ticket(ticket_id={self.ticket_id!r}, subject={self.subject!r}, priority={self.priority!r}, assignee={self.assignee!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ticket):
            return NotImplemented
        return (
            self.ticket_id == other.ticket_id
            and self.subject == other.subject
            and self.priority == other.priority
            and self.assignee == other.assignee
            and self.comments == other.comments
            and self.closed == other.closed
        )

    def to_dict(self) -> dict:
        """Serialize this ticket to plain JSON-compatible values."""
        return {
            "ticket_id": self.ticket_id,
            "subject": self.subject,
            "priority": self.priority,
            "assignee": self.assignee,
            "comments": self.comments,
            "closed": self.closed,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Ticket":
        """Build a Ticket from a mapping, ignoring unknown keys."""
        known = {
            "ticket_id",
            "subject",
            "priority",
            "assignee",
            "comments",
            "closed",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def priority_display(self) -> str:
        return f"{self.priority:_}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on subject."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.subject.lower()

    def toggle_closed(self) -> bool:
        self.closed = not self.closed
        return self.closed


class TicketRepository:
    """In-memory storage for Ticket objects keyed by ticket_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Ticket) -> None:
        if item.ticket_id in self._items:
            raise DuplicateKeyError(f"ticket {item.ticket_id!r} already exists")
        self._items[item.ticket_id] = item
        self._log.append(f"add {item.ticket_id}")

    def get(self, key) -> Ticket:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("ticket", key) from None

    def find(self, predicate=None) -> list[Ticket]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.ticket_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_tickets(items: list[Ticket]) -> dict[str, float]:
    """Return count, total, mean, min and max of priority across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.priority for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def validate_ticket(item: Ticket) -> list[str]:
    """Return human-readable problems with a ticket; empty means valid."""
    problems = []
    if not isinstance(item.ticket_id, int) or item.ticket_id < 0:
        problems.append(f"ticket_id must be a non-negative integer, got {item.ticket_id!r}")
    if not isinstance(item.subject, str):
        problems.append("subject must be text")
    elif len(item.subject) > 255:
        problems.append("subject is too long")
    if not isinstance(item.priority, int) or item.priority < 0:
        problems.append(f"priority must be a non-negative integer, got {item.priority!r}")
    return problems


# ----------------------------------------------------------------------------
# Supplier records
# ----------------------------------------------------------------------------


class Supplier:
    """A supplier record, written out by hand like a dataclass.

    Fields: supplier_id, company, country, rating, lead_days.
    """

    supplier_id: int
    company: str
    country: str
    rating: float
    lead_days: int

    def __init__(
        self,
        supplier_id: int = 0,
        company: str = "",
        country: str = "NL",
        rating: float = 3.0,
        lead_days: int = 14,
    ) -> None:
        self.supplier_id = supplier_id
        self.company = company
        self.country = country
        self.rating = rating
        self.lead_days = lead_days

    def __repr__(self) -> str:
        return f"Supplier(supplier_id={self.supplier_id!r}, company={self.company!r}, country={self.country!r}, rating={self.rating!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Supplier):
            return NotImplemented
        return (
            self.supplier_id == other.supplier_id
            and self.company == other.company
            and self.country == other.country
            and self.rating == other.rating
            and self.lead_days == other.lead_days
        )

    def to_dict(self) -> dict:
        """Serialize this supplier to plain JSON-compatible values."""
        return {
            "supplier_id": self.supplier_id,
            "company": self.company,
            "country": self.country,
            "rating": self.rating,
            "lead_days": self.lead_days,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Supplier":
        """Build a Supplier from a mapping, ignoring unknown keys."""
        known = {
            "supplier_id",
            "company",
            "country",
            "rating",
            "lead_days",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def lead_days_display(self) -> str:
        return f"{self.lead_days:>10}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on country."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.country.lower()


class SupplierRepository:
    """In-memory storage for Supplier objects keyed by supplier_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Supplier) -> None:
        if item.supplier_id in self._items:
            raise DuplicateKeyError(f"supplier {item.supplier_id!r} already exists")
        self._items[item.supplier_id] = item
        self._log.append(f"add {item.supplier_id}")

    def get(self, key) -> Supplier:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("supplier", key) from None

    def find(self, predicate=None) -> list[Supplier]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.supplier_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_suppliers(items: list[Supplier]) -> dict[str, float]:
    """Return count, total, mean, min and max of lead_days across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.lead_days for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


@audited("supplier")
def import_suppliers(rows: list[dict], repo: SupplierRepository) -> tuple[int, list[str]]:
    """Import supplier rows, collecting errors instead of stopping at the first."""
    imported = 0
    errors: list[str] = []
    for line_no, row in enumerate(rows, start=1):
        try:
            item = Supplier.from_dict(row)
            repo.add(item)
        except DuplicateKeyError as exc:
            errors.append(f"line {line_no}: {exc}")
        except (TypeError, ValueError) as exc:
            errors.append(f"line {line_no}: invalid row ({exc})")
        else:
            imported += 1
    return imported, errors


# ----------------------------------------------------------------------------
# Coupon records
# ----------------------------------------------------------------------------


class Coupon:
    """A coupon record, written out by hand like a dataclass.

    Fields: code, percent_off, max_uses, used, expires_at.
    """

    code: str
    percent_off: int
    max_uses: int
    used: int
    expires_at: float

    def __init__(
        self,
        code: str = "",
        percent_off: int = 0,
        max_uses: int = 1,
        used: int = 0,
        expires_at: float = 0.0,
    ) -> None:
        self.code = code
        self.percent_off = percent_off
        self.max_uses = max_uses
        self.used = used
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"Coupon(code={self.code!r}, percent_off={self.percent_off!r}, max_uses={self.max_uses!r}, used={self.used!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Coupon):
            return NotImplemented
        return (
            self.code == other.code
            and self.percent_off == other.percent_off
            and self.max_uses == other.max_uses
            and self.used == other.used
            and self.expires_at == other.expires_at
        )

    def to_dict(self) -> dict:
        """Serialize this coupon to plain JSON-compatible values."""
        return {
            "code": self.code,
            "percent_off": self.percent_off,
            "max_uses": self.max_uses,
            "used": self.used,
            "expires_at": self.expires_at,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Coupon":
        """Build a Coupon from a mapping, ignoring unknown keys."""
        known = {
            "code",
            "percent_off",
            "max_uses",
            "used",
            "expires_at",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def max_uses_display(self) -> str:
        return f"{self.max_uses:,}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on code."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.code.lower()


class CouponRepository:
    """In-memory storage for Coupon objects keyed by code."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Coupon) -> None:
        if item.code in self._items:
            raise DuplicateKeyError(f"coupon {item.code!r} already exists")
        self._items[item.code] = item
        self._log.append(f"add {item.code}")

    def get(self, key) -> Coupon:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("coupon", key) from None

    def find(self, predicate=None) -> list[Coupon]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.code))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_coupons(items: list[Coupon]) -> dict[str, float]:
    """Return count, total, mean, min and max of expires_at across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.expires_at for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def render_coupon_table(items: list[Coupon], width: int = 72) -> str:
    """Render coupons as a fixed-width text table."""
    headers = ['code', 'percent_off', 'max_uses']
    col = max(8, width // len(headers) - 1)
    lines = [" ".join(f"{h:<{col}}" for h in headers)]
    lines.append(" ".join("-" * col for _ in headers))
    for item in items:
        cells = [str(getattr(item, h))[:col] for h in headers]
        lines.append(" ".join(f"{c:<{col}}" for c in cells))
    lines.append(f"({len(items)} rows)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Admin query language
# ---------------------------------------------------------------------------

Token = namedtuple("Token", "kind text pos")

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "(", ")", ",", "[", "]")


class QuerySyntaxError(ShopError):
    def __init__(self, message: str, pos: int, source: str) -> None:
        pointer = " " * pos + "^"
        super().__init__(f"{message} at column {pos + 1}\n  {source}\n  {pointer}")
        self.pos = pos


def tokenize(source: str) -> list[Token]:
    """Split a query such as ``price >= 10 and tier in ["gold", "silver"]``."""
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and source[i + 1].isdigit()):
            j = i
            while j < n and (source[j].isdigit() or source[j] in "._eE"):
                j += 1
            tokens.append(Token("number", source[i:j], i))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (source[j].isalnum() or source[j] in "_."):
                j += 1
            word = source[i:j]
            kind = "keyword" if word.lower() in KEYWORDS else "name"
            tokens.append(Token(kind, word, i))
            i = j
            continue
        if ch in "\"'":
            j = i + 1
            buf = []
            while j < n and source[j] != ch:
                if source[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(source[j])
                j += 1
            if j >= n:
                raise QuerySyntaxError("unterminated string", i, source)
            tokens.append(Token("string", "".join(buf), i))
            i = j + 1
            continue
        for op in OPERATORS:
            if source.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise QuerySyntaxError(f"unexpected character {ch!r}", i, source)
    tokens.append(Token("end", "", n))
    return tokens


class QueryParser:
    """Recursive-descent parser producing nested tuples.

    Grammar::

        expr    := and_expr ("or" and_expr)*
        and_expr:= not_expr ("and" not_expr)*
        not_expr:= "not" not_expr | compare
        compare := atom (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in") atom)?
        atom    := NUMBER | STRING | NAME | "true" | "false" | "null"
                 | "(" expr ")" | "[" [atom ("," atom)*] "]"
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.index = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        tok = self.tokens[self.index]
        self.index += 1
        return tok

    def expect(self, kind: str, text: str | None = None) -> Token:
        tok = self.current
        if tok.kind != kind or (text is not None and tok.text != text):
            wanted = text or kind
            raise QuerySyntaxError(f"expected {wanted!r}, found {tok.text or tok.kind!r}", tok.pos, self.source)
        return self.advance()

    def parse(self):
        node = self.expr()
        self.expect("end")
        return node

    def expr(self):
        node = self.and_expr()
        while self.current.kind == "keyword" and self.current.text.lower() == "or":
            self.advance()
            node = ("or", node, self.and_expr())
        return node

    def and_expr(self):
        node = self.not_expr()
        while self.current.kind == "keyword" and self.current.text.lower() == "and":
            self.advance()
            node = ("and", node, self.not_expr())
        return node

    def not_expr(self):
        if self.current.kind == "keyword" and self.current.text.lower() == "not":
            self.advance()
            return ("not", self.not_expr())
        return self.compare()

    def compare(self):
        left = self.atom()
        tok = self.current
        if tok.kind == "op" and tok.text in ("==", "!=", "<", "<=", ">", ">="):
            self.advance()
            return (tok.text, left, self.atom())
        if tok.kind == "keyword" and tok.text.lower() == "in":
            self.advance()
            return ("in", left, self.atom())
        return left

    def atom(self):
        tok = self.advance()
        if tok.kind == "number":
            text = tok.text.replace("_", "")
            return ("const", float(text) if any(c in text for c in ".eE") else int(text))
        if tok.kind == "string":
            return ("const", tok.text)
        if tok.kind == "name":
            return ("field", tok.text)
        if tok.kind == "keyword":
            word = tok.text.lower()
            if word in ("true", "false"):
                return ("const", word == "true")
            if word == "null":
                return ("const", None)
        if tok.kind == "op" and tok.text == "(":
            node = self.expr()
            self.expect("op", ")")
            return node
        if tok.kind == "op" and tok.text == "[":
            items = []
            if not (self.current.kind == "op" and self.current.text == "]"):
                items.append(self.atom())
                while self.current.kind == "op" and self.current.text == ",":
                    self.advance()
                    items.append(self.atom())
            self.expect("op", "]")
            return ("list", items)
        raise QuerySyntaxError(f"unexpected {tok.text or tok.kind!r}", tok.pos, self.source)


_COMPARE = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "in": lambda a, b: a in b,
}


def evaluate(node, record) -> object:
    kind = node[0]
    if kind == "const":
        return node[1]
    if kind == "field":
        value = record
        for part in node[1].split("."):
            value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
        return value
    if kind == "list":
        return [evaluate(item, record) for item in node[1]]
    if kind == "not":
        return not evaluate(node[1], record)
    if kind == "and":
        return evaluate(node[1], record) and evaluate(node[2], record)
    if kind == "or":
        return evaluate(node[1], record) or evaluate(node[2], record)
    try:
        return _COMPARE[kind](evaluate(node[1], record), evaluate(node[2], record))
    except TypeError:
        return False


@lru_cache(maxsize=128)
def compile_query(source: str):
    tree = QueryParser(source).parse()
    return partial(evaluate, tree)


# ----------------------------------------------------------------------------
# Review records
# ----------------------------------------------------------------------------


class Review:
    """A review record, written out by hand like a dataclass.

    Fields: review_id, sku, stars, body, helpful_votes.
    """

    review_id: int
    sku: str
    stars: int
    body: str
    helpful_votes: int

    def __init__(
        self,
        review_id: int = 0,
        sku: str = "",
        stars: int = 5,
        body: str = "",
        helpful_votes: int = 0,
    ) -> None:
        self.review_id = review_id
        self.sku = sku
        self.stars = stars
        self.body = body
        self.helpful_votes = helpful_votes

    def __repr__(self) -> str:
        return f"Review(review_id={self.review_id!r}, sku={self.sku!r}, stars={self.stars!r}, body={self.body!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Review):
            return NotImplemented
        return (
            self.review_id == other.review_id
            and self.sku == other.sku
            and self.stars == other.stars
            and self.body == other.body
            and self.helpful_votes == other.helpful_votes
        )

    def to_dict(self) -> dict:
        """Serialize this review to plain JSON-compatible values."""
        return {
            "review_id": self.review_id,
            "sku": self.sku,
            "stars": self.stars,
            "body": self.body,
            "helpful_votes": self.helpful_votes,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Review":
        """Build a Review from a mapping, ignoring unknown keys."""
        known = {
            "review_id",
            "sku",
            "stars",
            "body",
            "helpful_votes",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def stars_display(self) -> str:
        return f"{self.stars:>10}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on body."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.body.lower()


class ReviewRepository:
    """In-memory storage for Review objects keyed by review_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Review) -> None:
        if item.review_id in self._items:
            raise DuplicateKeyError(f"review {item.review_id!r} already exists")
        self._items[item.review_id] = item
        self._log.append(f"add {item.review_id}")

    def get(self, key) -> Review:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("review", key) from None

    def find(self, predicate=None) -> list[Review]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.review_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_reviews(items: list[Review]) -> dict[str, float]:
    """Return count, total, mean, min and max of helpful_votes across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.helpful_votes for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def group_reviews(items: list[Review], field: str = "sku") -> dict[str, list[Review]]:
    """Group reviews by the value of one attribute, preserving first-seen order."""
    groups: dict[str, list] = {}
    for item in items:
        value = getattr(item, field, None)
        groups.setdefault(str(value), []).append(item)
    return groups


def diff_reviews(old: Review, new: Review) -> list[tuple[str, object, object]]:
    """List (field, old, new) for every field that changed."""
    before, after = old.to_dict(), new.to_dict()
    return [(k, before[k], after.get(k)) for k in before if before[k] != after.get(k)]


# ----------------------------------------------------------------------------
# Subscription records
# ----------------------------------------------------------------------------


class Subscription:
    """A subscription record, written out by hand like a dataclass.

    Fields: sub_id, customer_id, plan, monthly_cents, renews, history.
    """

    sub_id: int
    customer_id: int
    plan: str
    monthly_cents: int
    renews: bool
    history: list[str]

    def __init__(
        self,
        sub_id: int = 0,
        customer_id: int = 0,
        plan: str = "basic",
        monthly_cents: int = 0,
        renews: bool = True,
        history: list[str] | None = None,
    ) -> None:
        self.sub_id = sub_id
        self.customer_id = customer_id
        self.plan = plan
        self.monthly_cents = monthly_cents
        self.renews = renews
        self.history = list() if history is None else history

    def __repr__(self) -> str:
        return f"Subscription(sub_id={self.sub_id!r}, customer_id={self.customer_id!r}, plan={self.plan!r}, monthly_cents={self.monthly_cents!r}, ...)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Subscription):
            return NotImplemented
        return (
            self.sub_id == other.sub_id
            and self.customer_id == other.customer_id
            and self.plan == other.plan
            and self.monthly_cents == other.monthly_cents
            and self.renews == other.renews
            and self.history == other.history
        )

    def to_dict(self) -> dict:
        """Serialize this subscription to plain JSON-compatible values."""
        return {
            "sub_id": self.sub_id,
            "customer_id": self.customer_id,
            "plan": self.plan,
            "monthly_cents": self.monthly_cents,
            "renews": self.renews,
            "history": self.history,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Subscription":
        """Build a Subscription from a mapping, ignoring unknown keys."""
        known = {
            "sub_id",
            "customer_id",
            "plan",
            "monthly_cents",
            "renews",
            "history",
        }
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    @property
    def sub_id_display(self) -> str:
        return f"{self.sub_id:.2f}"

    def matches(self, query: str) -> bool:
        """Case-insensitive substring search on plan."""
        needle = query.strip().lower()
        return bool(needle) and needle in self.plan.lower()

    def toggle_renews(self) -> bool:
        self.renews = not self.renews
        return self.renews


class SubscriptionRepository:
    """In-memory storage for Subscription objects keyed by sub_id."""

    def __init__(self) -> None:
        self._items: dict = {}
        self._log: list[str] = []

    def add(self, item: Subscription) -> None:
        if item.sub_id in self._items:
            raise DuplicateKeyError(f"subscription {item.sub_id!r} already exists")
        self._items[item.sub_id] = item
        self._log.append(f"add {item.sub_id}")

    def get(self, key) -> Subscription:
        try:
            return self._items[key]
        except KeyError:
            raise NotFoundError("subscription", key) from None

    def find(self, predicate=None) -> list[Subscription]:
        if predicate is None:
            return list(self._items.values())
        return [item for item in self._items.values() if predicate(item)]

    def remove(self, key) -> bool:
        removed = self._items.pop(key, None)
        if removed is not None:
            self._log.append(f"remove {key}")
        return removed is not None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda item: str(item.sub_id))

    def __contains__(self, key) -> bool:
        return key in self._items


def summarize_subscriptions(items: list[Subscription]) -> dict[str, float]:
    """Return count, total, mean, min and max of monthly_cents across items.

    An empty input gives zeros rather than raising, because the report
    pages call this for every section, including empty ones.
    """
    values = [item.monthly_cents for item in items]
    if not values:
        return {"count": 0, "total": 0, "mean": 0.0, "min": 0, "max": 0}
    total = sum(values)
    return {
        "count": len(values),
        "total": total,
        "mean": total / len(values),
        "min": min(values),
        "max": max(values),
    }


def validate_subscription(item: Subscription) -> list[str]:
    """Return human-readable problems with a subscription; empty means valid."""
    problems = []
    if not isinstance(item.sub_id, int) or item.sub_id < 0:
        problems.append(f"sub_id must be a non-negative integer, got {item.sub_id!r}")
    if not isinstance(item.customer_id, int) or item.customer_id < 0:
        problems.append(f"customer_id must be a non-negative integer, got {item.customer_id!r}")
    if not isinstance(item.plan, str):
        problems.append("plan must be text")
    if not isinstance(item.monthly_cents, int) or item.monthly_cents < 0:
        problems.append(f"monthly_cents must be a non-negative integer, got {item.monthly_cents!r}")
    return problems


# ----------------------------------------------------------------------------
# Demo data
# ----------------------------------------------------------------------------

DEMO_CUSTOMERS = [
    {"customer_id": 1000, "name": "Brian Wallace", "email": "brian.wallace@example.com", "tier": "gold", "credit_limit": 2500.0, "tags": ['newsletter', 'vip', 'late-payer']},
    {"customer_id": 1001, "name": "Otto Thrace", "email": "otto.thrace@example.com", "tier": "standard", "credit_limit": 2500.0, "tags": ['wholesale']},
    {"customer_id": 1002, "name": "Brian Park", "email": "brian.park@example.net", "tier": "silver", "credit_limit": 2500.0, "tags": []},
    {"customer_id": 1003, "name": "Kara Lovelace", "email": "kara.lovelace@example.org", "tier": "silver", "credit_limit": 500.0, "tags": ['eu', 'late-payer']},
    {"customer_id": 1004, "name": "Brian Zola", "email": "brian.zola@example.com", "tier": "gold", "credit_limit": 500.0, "tags": []},
    {"customer_id": 1005, "name": "Otto Andric", "email": "otto.andric@example.org", "tier": "standard", "credit_limit": 250.0, "tags": ['newsletter', 'late-payer']},
    {"customer_id": 1006, "name": "Otto Wallace", "email": "otto.wallace@example.com", "tier": "standard", "credit_limit": 500.0, "tags": ['b2b']},
    {"customer_id": 1007, "name": "Pia Ali", "email": "pia.ali@example.org", "tier": "silver", "credit_limit": 500.0, "tags": []},
    {"customer_id": 1008, "name": "Brian Bauer", "email": "brian.bauer@example.net", "tier": "standard", "credit_limit": 1000.0, "tags": ['late-payer', 'vip']},
    {"customer_id": 1009, "name": "Jun Lovelace", "email": "jun.lovelace@example.net", "tier": "silver", "credit_limit": 250.0, "tags": ['newsletter']},
    {"customer_id": 1010, "name": "Emil Ali", "email": "emil.ali@example.com", "tier": "gold", "credit_limit": 2500.0, "tags": ['late-payer', 'newsletter']},
    {"customer_id": 1011, "name": "Chen Kernighan", "email": "chen.kernighan@example.nl", "tier": "platinum", "credit_limit": 2500.0, "tags": ['newsletter', 'b2b']},
    {"customer_id": 1012, "name": "Noor Haddad", "email": "noor.haddad@example.com", "tier": "gold", "credit_limit": 500.0, "tags": ['b2b']},
    {"customer_id": 1013, "name": "Noor Wallace", "email": "noor.wallace@example.net", "tier": "silver", "credit_limit": 1000.0, "tags": ['wholesale', 'vip', 'b2b']},
    {"customer_id": 1014, "name": "Ada Scully", "email": "ada.scully@example.net", "tier": "silver", "credit_limit": 500.0, "tags": ['wholesale', 'b2b']},
    {"customer_id": 1015, "name": "Otto Ali", "email": "otto.ali@example.com", "tier": "standard", "credit_limit": 2500.0, "tags": []},
    {"customer_id": 1016, "name": "Otto Haddad", "email": "otto.haddad@example.com", "tier": "standard", "credit_limit": 2500.0, "tags": ['vip', 'late-payer']},
    {"customer_id": 1017, "name": "Jun Grissom", "email": "jun.grissom@example.com", "tier": "platinum", "credit_limit": 500.0, "tags": ['b2b']},
    {"customer_id": 1018, "name": "Ivo Wallace", "email": "ivo.wallace@example.com", "tier": "silver", "credit_limit": 2500.0, "tags": []},
    {"customer_id": 1019, "name": "Ada Thrace", "email": "ada.thrace@example.org", "tier": "gold", "credit_limit": 0.0, "tags": ['late-payer', 'newsletter']},
    {"customer_id": 1020, "name": "Luis Andric", "email": "luis.andric@example.net", "tier": "silver", "credit_limit": 250.0, "tags": ['eu', 'newsletter', 'b2b']},
    {"customer_id": 1021, "name": "Ivo Lovelace", "email": "ivo.lovelace@example.nl", "tier": "gold", "credit_limit": 1000.0, "tags": []},
    {"customer_id": 1022, "name": "Hana Wallace", "email": "hana.wallace@example.nl", "tier": "gold", "credit_limit": 500.0, "tags": ['b2b', 'late-payer']},
    {"customer_id": 1023, "name": "Pia Bauer", "email": "pia.bauer@example.net", "tier": "gold", "credit_limit": 2500.0, "tags": ['vip', 'eu']},
    {"customer_id": 1024, "name": "Dana Wei", "email": "dana.wei@example.com", "tier": "silver", "credit_limit": 0.0, "tags": ['wholesale', 'vip', 'newsletter']},
    {"customer_id": 1025, "name": "Mia Haddad", "email": "mia.haddad@example.net", "tier": "gold", "credit_limit": 0.0, "tags": ['vip']},
    {"customer_id": 1026, "name": "Dana Bauer", "email": "dana.bauer@example.com", "tier": "standard", "credit_limit": 500.0, "tags": ['b2b']},
    {"customer_id": 1027, "name": "Pia Thrace", "email": "pia.thrace@example.org", "tier": "standard", "credit_limit": 1000.0, "tags": ['wholesale', 'vip']},
    {"customer_id": 1028, "name": "Mia Bauer", "email": "mia.bauer@example.net", "tier": "platinum", "credit_limit": 0.0, "tags": ['late-payer', 'newsletter', 'wholesale']},
    {"customer_id": 1029, "name": "Dana Bauer", "email": "dana.bauer@example.com", "tier": "gold", "credit_limit": 250.0, "tags": ['newsletter', 'wholesale', 'eu']},
    {"customer_id": 1030, "name": "Kara Zola", "email": "kara.zola@example.org", "tier": "platinum", "credit_limit": 1000.0, "tags": ['late-payer']},
    {"customer_id": 1031, "name": "Luis Wallace", "email": "luis.wallace@example.org", "tier": "silver", "credit_limit": 1000.0, "tags": ['b2b']},
    {"customer_id": 1032, "name": "Jun Lovelace", "email": "jun.lovelace@example.org", "tier": "silver", "credit_limit": 2500.0, "tags": []},
    {"customer_id": 1033, "name": "Otto Kernighan", "email": "otto.kernighan@example.nl", "tier": "standard", "credit_limit": 0.0, "tags": ['newsletter']},
    {"customer_id": 1034, "name": "Gus Lovelace", "email": "gus.lovelace@example.nl", "tier": "platinum", "credit_limit": 0.0, "tags": ['wholesale', 'newsletter']},
    {"customer_id": 1035, "name": "Otto Scully", "email": "otto.scully@example.org", "tier": "silver", "credit_limit": 250.0, "tags": []},
    {"customer_id": 1036, "name": "Noor Andric", "email": "noor.andric@example.net", "tier": "silver", "credit_limit": 1000.0, "tags": ['eu', 'vip']},
    {"customer_id": 1037, "name": "Fatima Thrace", "email": "fatima.thrace@example.org", "tier": "standard", "credit_limit": 500.0, "tags": ['b2b', 'wholesale']},
    {"customer_id": 1038, "name": "Otto Suarez", "email": "otto.suarez@example.com", "tier": "standard", "credit_limit": 1000.0, "tags": ['late-payer']},
    {"customer_id": 1039, "name": "Kara Zola", "email": "kara.zola@example.org", "tier": "gold", "credit_limit": 1000.0, "tags": ['b2b']},
]

DEMO_PRODUCTS = [
    {"sku": "A229-000", "title": "Smart Planter", "price_cents": 30147, "weight_grams": 800, "category": "music", "active": True},
    {"sku": "A163-001", "title": "Vintage Guitar", "price_cents": 45438, "weight_grams": 120, "category": "music", "active": True},
    {"sku": "A846-002", "title": "Rugged Speaker", "price_cents": 41558, "weight_grams": 9000, "category": "books", "active": True},
    {"sku": "G513-003", "title": "Compact Clock", "price_cents": 1653, "weight_grams": 9000, "category": "office", "active": False},
    {"sku": "D155-004", "title": "Mini Puzzle", "price_cents": 37486, "weight_grams": 120, "category": "garden", "active": True},
    {"sku": "D579-005", "title": "Pro Clock", "price_cents": 4257, "weight_grams": 1500, "category": "books", "active": True},
    {"sku": "F532-006", "title": "Silent Lamp", "price_cents": 7039, "weight_grams": 350, "category": "music", "active": True},
    {"sku": "A649-007", "title": "Smart Clock", "price_cents": 30698, "weight_grams": 1500, "category": "books", "active": True},
    {"sku": "G174-008", "title": "Pro Notebook", "price_cents": 7593, "weight_grams": 5200, "category": "books", "active": True},
    {"sku": "F853-009", "title": "Classic Planter", "price_cents": 10480, "weight_grams": 800, "category": "tools", "active": True},
    {"sku": "F518-010", "title": "Vintage Lamp", "price_cents": 4650, "weight_grams": 800, "category": "books", "active": True},
    {"sku": "E589-011", "title": "Mini Puzzle", "price_cents": 10928, "weight_grams": 9000, "category": "books", "active": True},
    {"sku": "F530-012", "title": "Vintage Clock", "price_cents": 48883, "weight_grams": 350, "category": "garden", "active": True},
    {"sku": "G625-013", "title": "Rugged Kettle", "price_cents": 23804, "weight_grams": 350, "category": "books", "active": True},
    {"sku": "F820-014", "title": "Compact Clock", "price_cents": 42131, "weight_grams": 350, "category": "books", "active": True},
    {"sku": "H644-015", "title": "Rugged Guitar", "price_cents": 47557, "weight_grams": 9000, "category": "games", "active": True},
    {"sku": "E601-016", "title": "Pro Notebook", "price_cents": 38254, "weight_grams": 800, "category": "office", "active": True},
    {"sku": "H852-017", "title": "Classic Puzzle", "price_cents": 30676, "weight_grams": 1500, "category": "books", "active": True},
    {"sku": "E451-018", "title": "Eco Shovel", "price_cents": 18756, "weight_grams": 350, "category": "office", "active": False},
    {"sku": "G327-019", "title": "Mini Clock", "price_cents": 31409, "weight_grams": 1500, "category": "office", "active": True},
    {"sku": "E941-020", "title": "Classic Clock", "price_cents": 39904, "weight_grams": 1500, "category": "music", "active": True},
    {"sku": "H220-021", "title": "Eco Puzzle", "price_cents": 9896, "weight_grams": 800, "category": "garden", "active": True},
    {"sku": "E421-022", "title": "Pro Shovel", "price_cents": 10910, "weight_grams": 1500, "category": "books", "active": True},
    {"sku": "H887-023", "title": "Classic Speaker", "price_cents": 8315, "weight_grams": 5200, "category": "tools", "active": False},
    {"sku": "C922-024", "title": "Classic Planter", "price_cents": 20574, "weight_grams": 1500, "category": "books", "active": True},
    {"sku": "B177-025", "title": "Deluxe Planter", "price_cents": 22293, "weight_grams": 9000, "category": "games", "active": True},
    {"sku": "F768-026", "title": "Vintage Speaker", "price_cents": 5575, "weight_grams": 5200, "category": "kitchen", "active": True},
    {"sku": "C903-027", "title": "Pro Planter", "price_cents": 9170, "weight_grams": 1500, "category": "games", "active": False},
    {"sku": "F285-028", "title": "Eco Chair", "price_cents": 21150, "weight_grams": 800, "category": "toys", "active": True},
    {"sku": "D780-029", "title": "Deluxe Lamp", "price_cents": 18332, "weight_grams": 9000, "category": "books", "active": True},
    {"sku": "C151-030", "title": "Deluxe Backpack", "price_cents": 20852, "weight_grams": 120, "category": "tools", "active": True},
    {"sku": "E594-031", "title": "Mini Planter", "price_cents": 10155, "weight_grams": 120, "category": "games", "active": True},
    {"sku": "C125-032", "title": "Mini Guitar", "price_cents": 33638, "weight_grams": 120, "category": "games", "active": False},
    {"sku": "B800-033", "title": "Compact Guitar", "price_cents": 41170, "weight_grams": 1500, "category": "tools", "active": True},
    {"sku": "H275-034", "title": "Compact Drill", "price_cents": 1391, "weight_grams": 2400, "category": "tools", "active": True},
    {"sku": "C188-035", "title": "Smart Guitar", "price_cents": 43026, "weight_grams": 120, "category": "garden", "active": True},
    {"sku": "H126-036", "title": "Mini Speaker", "price_cents": 40027, "weight_grams": 120, "category": "garden", "active": True},
    {"sku": "F479-037", "title": "Deluxe Kettle", "price_cents": 629, "weight_grams": 2400, "category": "garden", "active": True},
    {"sku": "C238-038", "title": "Compact Guitar", "price_cents": 36755, "weight_grams": 350, "category": "toys", "active": True},
    {"sku": "G374-039", "title": "Deluxe Notebook", "price_cents": 48487, "weight_grams": 2400, "category": "toys", "active": True},
    {"sku": "A340-040", "title": "Compact Planter", "price_cents": 37492, "weight_grams": 350, "category": "tools", "active": True},
    {"sku": "F336-041", "title": "Mini Planter", "price_cents": 46978, "weight_grams": 1500, "category": "games", "active": True},
    {"sku": "B561-042", "title": "Silent Lamp", "price_cents": 49138, "weight_grams": 2400, "category": "garden", "active": False},
    {"sku": "F426-043", "title": "Pro Puzzle", "price_cents": 17720, "weight_grams": 9000, "category": "games", "active": False},
    {"sku": "A401-044", "title": "Silent Kettle", "price_cents": 47616, "weight_grams": 9000, "category": "garden", "active": True},
    {"sku": "C982-045", "title": "Vintage Speaker", "price_cents": 41546, "weight_grams": 350, "category": "tools", "active": False},
    {"sku": "E587-046", "title": "Smart Guitar", "price_cents": 38654, "weight_grams": 350, "category": "kitchen", "active": True},
    {"sku": "H282-047", "title": "Silent Clock", "price_cents": 29558, "weight_grams": 5200, "category": "music", "active": True},
    {"sku": "F976-048", "title": "Smart Planter", "price_cents": 41638, "weight_grams": 9000, "category": "tools", "active": True},
    {"sku": "A249-049", "title": "Vintage Lamp", "price_cents": 18013, "weight_grams": 350, "category": "tools", "active": True},
    {"sku": "F129-050", "title": "Eco Shovel", "price_cents": 15128, "weight_grams": 350, "category": "toys", "active": True},
    {"sku": "F257-051", "title": "Compact Speaker", "price_cents": 48016, "weight_grams": 9000, "category": "tools", "active": True},
    {"sku": "F235-052", "title": "Eco Chair", "price_cents": 38227, "weight_grams": 120, "category": "kitchen", "active": True},
    {"sku": "B789-053", "title": "Pro Kettle", "price_cents": 35513, "weight_grams": 5200, "category": "games", "active": True},
    {"sku": "D114-054", "title": "Silent Puzzle", "price_cents": 36487, "weight_grams": 120, "category": "games", "active": True},
    {"sku": "G631-055", "title": "Rugged Shovel", "price_cents": 43813, "weight_grams": 1500, "category": "kitchen", "active": True},
    {"sku": "F522-056", "title": "Vintage Planter", "price_cents": 22409, "weight_grams": 120, "category": "toys", "active": True},
    {"sku": "G955-057", "title": "Classic Speaker", "price_cents": 31644, "weight_grams": 5200, "category": "office", "active": True},
    {"sku": "B750-058", "title": "Compact Drill", "price_cents": 29264, "weight_grams": 1500, "category": "tools", "active": False},
    {"sku": "B744-059", "title": "Rugged Drill", "price_cents": 27657, "weight_grams": 800, "category": "tools", "active": False},
]

DEMO_ORDERS = [
    {"order_id": 50000, "customer_id": 1020, "status": "shipped", "placed_at": 1705938722.0,
     "lines": [{"sku": "X820", "title": "Mini Speaker", "qty": 3, "unit_cents": 4828, "weight_grams": 120}]},
    {"order_id": 50001, "customer_id": 1017, "status": "cancelled", "placed_at": 1707115623.0,
     "lines": [{"sku": "X288", "title": "Vintage Planter", "qty": 6, "unit_cents": 6011, "weight_grams": 120}, {"sku": "X555", "title": "Smart Drill", "qty": 5, "unit_cents": 4335, "weight_grams": 120}, {"sku": "X637", "title": "Mini Shovel", "qty": 1, "unit_cents": 526, "weight_grams": 800}, {"sku": "X565", "title": "Classic Planter", "qty": 8, "unit_cents": 8751, "weight_grams": 120}]},
    {"order_id": 50002, "customer_id": 1017, "status": "refunded", "placed_at": 1707316069.0,
     "lines": [{"sku": "X950", "title": "Pro Drill", "qty": 5, "unit_cents": 7246, "weight_grams": 120}, {"sku": "X307", "title": "Compact Notebook", "qty": 1, "unit_cents": 7582, "weight_grams": 800}, {"sku": "X860", "title": "Deluxe Notebook", "qty": 11, "unit_cents": 6687, "weight_grams": 120}, {"sku": "X687", "title": "Vintage Planter", "qty": 2, "unit_cents": 2024, "weight_grams": 350}]},
    {"order_id": 50003, "customer_id": 1013, "status": "packed", "placed_at": 1703880753.0,
     "lines": [{"sku": "X620", "title": "Compact Kettle", "qty": 7, "unit_cents": 5400, "weight_grams": 800}, {"sku": "X291", "title": "Mini Chair", "qty": 12, "unit_cents": 7882, "weight_grams": 350}, {"sku": "X771", "title": "Silent Clock", "qty": 9, "unit_cents": 9587, "weight_grams": 800}, {"sku": "X776", "title": "Smart Chair", "qty": 12, "unit_cents": 8305, "weight_grams": 350}]},
    {"order_id": 50004, "customer_id": 1035, "status": "packed", "placed_at": 1709374377.0,
     "lines": [{"sku": "X632", "title": "Compact Lamp", "qty": 9, "unit_cents": 8831, "weight_grams": 350}]},
    {"order_id": 50005, "customer_id": 1003, "status": "new", "placed_at": 1704317414.0,
     "lines": [{"sku": "X377", "title": "Deluxe Drill", "qty": 8, "unit_cents": 5014, "weight_grams": 350}, {"sku": "X203", "title": "Vintage Clock", "qty": 9, "unit_cents": 5809, "weight_grams": 800}, {"sku": "X522", "title": "Vintage Backpack", "qty": 10, "unit_cents": 6830, "weight_grams": 800}]},
    {"order_id": 50006, "customer_id": 1020, "status": "shipped", "placed_at": 1701779864.0,
     "lines": [{"sku": "X131", "title": "Pro Speaker", "qty": 2, "unit_cents": 6764, "weight_grams": 350}, {"sku": "X101", "title": "Eco Lamp", "qty": 8, "unit_cents": 4829, "weight_grams": 120}, {"sku": "X359", "title": "Compact Clock", "qty": 5, "unit_cents": 6342, "weight_grams": 350}]},
    {"order_id": 50007, "customer_id": 1027, "status": "paid", "placed_at": 1700240442.0,
     "lines": [{"sku": "X317", "title": "Silent Guitar", "qty": 7, "unit_cents": 9165, "weight_grams": 350}, {"sku": "X558", "title": "Rugged Drill", "qty": 4, "unit_cents": 2170, "weight_grams": 800}, {"sku": "X942", "title": "Smart Guitar", "qty": 7, "unit_cents": 948, "weight_grams": 120}, {"sku": "X605", "title": "Smart Planter", "qty": 1, "unit_cents": 9152, "weight_grams": 120}]},
    {"order_id": 50008, "customer_id": 1015, "status": "paid", "placed_at": 1703385444.0,
     "lines": [{"sku": "X655", "title": "Eco Notebook", "qty": 10, "unit_cents": 5125, "weight_grams": 120}]},
    {"order_id": 50009, "customer_id": 1027, "status": "refunded", "placed_at": 1704131394.0,
     "lines": [{"sku": "X987", "title": "Classic Guitar", "qty": 1, "unit_cents": 7272, "weight_grams": 120}, {"sku": "X822", "title": "Mini Notebook", "qty": 10, "unit_cents": 817, "weight_grams": 800}, {"sku": "X501", "title": "Silent Backpack", "qty": 7, "unit_cents": 8648, "weight_grams": 350}, {"sku": "X245", "title": "Compact Kettle", "qty": 7, "unit_cents": 8086, "weight_grams": 800}]},
    {"order_id": 50010, "customer_id": 1033, "status": "paid", "placed_at": 1706370084.0,
     "lines": [{"sku": "X588", "title": "Compact Drill", "qty": 2, "unit_cents": 2689, "weight_grams": 120}]},
    {"order_id": 50011, "customer_id": 1039, "status": "cancelled", "placed_at": 1708463437.0,
     "lines": [{"sku": "X248", "title": "Eco Clock", "qty": 7, "unit_cents": 2405, "weight_grams": 800}, {"sku": "X386", "title": "Smart Backpack", "qty": 1, "unit_cents": 6258, "weight_grams": 350}]},
    {"order_id": 50012, "customer_id": 1006, "status": "delivered", "placed_at": 1701853581.0,
     "lines": [{"sku": "X435", "title": "Compact Puzzle", "qty": 6, "unit_cents": 9101, "weight_grams": 350}]},
    {"order_id": 50013, "customer_id": 1011, "status": "paid", "placed_at": 1703918403.0,
     "lines": [{"sku": "X746", "title": "Pro Chair", "qty": 4, "unit_cents": 8382, "weight_grams": 120}, {"sku": "X915", "title": "Eco Puzzle", "qty": 5, "unit_cents": 3832, "weight_grams": 350}, {"sku": "X956", "title": "Compact Backpack", "qty": 4, "unit_cents": 512, "weight_grams": 120}]},
    {"order_id": 50014, "customer_id": 1015, "status": "new", "placed_at": 1700948941.0,
     "lines": [{"sku": "X732", "title": "Mini Puzzle", "qty": 7, "unit_cents": 2937, "weight_grams": 800}, {"sku": "X798", "title": "Eco Chair", "qty": 1, "unit_cents": 7353, "weight_grams": 120}, {"sku": "X392", "title": "Smart Lamp", "qty": 9, "unit_cents": 3153, "weight_grams": 800}]},
    {"order_id": 50015, "customer_id": 1036, "status": "packed", "placed_at": 1709753814.0,
     "lines": [{"sku": "X310", "title": "Vintage Shovel", "qty": 4, "unit_cents": 3278, "weight_grams": 120}, {"sku": "X471", "title": "Compact Planter", "qty": 3, "unit_cents": 1480, "weight_grams": 120}, {"sku": "X470", "title": "Vintage Kettle", "qty": 6, "unit_cents": 325, "weight_grams": 800}]},
    {"order_id": 50016, "customer_id": 1002, "status": "refunded", "placed_at": 1704096947.0,
     "lines": [{"sku": "X355", "title": "Silent Clock", "qty": 7, "unit_cents": 2998, "weight_grams": 350}, {"sku": "X458", "title": "Mini Clock", "qty": 1, "unit_cents": 9103, "weight_grams": 120}]},
    {"order_id": 50017, "customer_id": 1012, "status": "new", "placed_at": 1702015112.0,
     "lines": [{"sku": "X158", "title": "Eco Puzzle", "qty": 12, "unit_cents": 1834, "weight_grams": 800}]},
    {"order_id": 50018, "customer_id": 1012, "status": "refunded", "placed_at": 1703785818.0,
     "lines": [{"sku": "X589", "title": "Rugged Puzzle", "qty": 7, "unit_cents": 1604, "weight_grams": 350}, {"sku": "X690", "title": "Compact Chair", "qty": 8, "unit_cents": 4393, "weight_grams": 120}, {"sku": "X897", "title": "Silent Drill", "qty": 9, "unit_cents": 9828, "weight_grams": 120}, {"sku": "X648", "title": "Eco Planter", "qty": 8, "unit_cents": 6767, "weight_grams": 120}]},
    {"order_id": 50019, "customer_id": 1019, "status": "delivered", "placed_at": 1709974653.0,
     "lines": [{"sku": "X562", "title": "Pro Lamp", "qty": 8, "unit_cents": 9775, "weight_grams": 800}, {"sku": "X886", "title": "Pro Kettle", "qty": 7, "unit_cents": 6893, "weight_grams": 120}, {"sku": "X981", "title": "Pro Planter", "qty": 10, "unit_cents": 5332, "weight_grams": 800}, {"sku": "X124", "title": "Smart Planter", "qty": 12, "unit_cents": 1171, "weight_grams": 350}]},
    {"order_id": 50020, "customer_id": 1023, "status": "refunded", "placed_at": 1707081526.0,
     "lines": [{"sku": "X277", "title": "Compact Drill", "qty": 6, "unit_cents": 9586, "weight_grams": 120}, {"sku": "X703", "title": "Smart Notebook", "qty": 8, "unit_cents": 5848, "weight_grams": 800}, {"sku": "X197", "title": "Silent Lamp", "qty": 8, "unit_cents": 7199, "weight_grams": 350}]},
    {"order_id": 50021, "customer_id": 1020, "status": "packed", "placed_at": 1701628695.0,
     "lines": [{"sku": "X763", "title": "Mini Backpack", "qty": 7, "unit_cents": 3360, "weight_grams": 350}]},
    {"order_id": 50022, "customer_id": 1033, "status": "shipped", "placed_at": 1705002539.0,
     "lines": [{"sku": "X207", "title": "Smart Shovel", "qty": 9, "unit_cents": 950, "weight_grams": 120}, {"sku": "X447", "title": "Compact Shovel", "qty": 4, "unit_cents": 6900, "weight_grams": 120}, {"sku": "X284", "title": "Deluxe Chair", "qty": 2, "unit_cents": 3910, "weight_grams": 800}, {"sku": "X382", "title": "Classic Puzzle", "qty": 7, "unit_cents": 3657, "weight_grams": 350}]},
    {"order_id": 50023, "customer_id": 1029, "status": "paid", "placed_at": 1708992988.0,
     "lines": [{"sku": "X390", "title": "Mini Notebook", "qty": 12, "unit_cents": 8247, "weight_grams": 800}, {"sku": "X276", "title": "Vintage Notebook", "qty": 10, "unit_cents": 4037, "weight_grams": 800}, {"sku": "X102", "title": "Classic Speaker", "qty": 11, "unit_cents": 3003, "weight_grams": 350}, {"sku": "X456", "title": "Smart Notebook", "qty": 11, "unit_cents": 1848, "weight_grams": 120}]},
    {"order_id": 50024, "customer_id": 1000, "status": "new", "placed_at": 1702201634.0,
     "lines": [{"sku": "X164", "title": "Eco Kettle", "qty": 7, "unit_cents": 8634, "weight_grams": 120}, {"sku": "X263", "title": "Compact Notebook", "qty": 12, "unit_cents": 5058, "weight_grams": 800}, {"sku": "X566", "title": "Vintage Backpack", "qty": 7, "unit_cents": 8720, "weight_grams": 800}]},
    {"order_id": 50025, "customer_id": 1003, "status": "cancelled", "placed_at": 1709226302.0,
     "lines": [{"sku": "X337", "title": "Vintage Backpack", "qty": 7, "unit_cents": 3743, "weight_grams": 350}]},
    {"order_id": 50026, "customer_id": 1028, "status": "shipped", "placed_at": 1704499667.0,
     "lines": [{"sku": "X986", "title": "Compact Shovel", "qty": 9, "unit_cents": 2450, "weight_grams": 800}, {"sku": "X535", "title": "Mini Backpack", "qty": 10, "unit_cents": 330, "weight_grams": 800}, {"sku": "X718", "title": "Eco Guitar", "qty": 7, "unit_cents": 5418, "weight_grams": 120}]},
    {"order_id": 50027, "customer_id": 1036, "status": "delivered", "placed_at": 1700571486.0,
     "lines": [{"sku": "X794", "title": "Compact Kettle", "qty": 10, "unit_cents": 2684, "weight_grams": 350}]},
    {"order_id": 50028, "customer_id": 1001, "status": "delivered", "placed_at": 1709364902.0,
     "lines": [{"sku": "X573", "title": "Smart Backpack", "qty": 10, "unit_cents": 4463, "weight_grams": 350}, {"sku": "X575", "title": "Compact Puzzle", "qty": 9, "unit_cents": 1727, "weight_grams": 800}, {"sku": "X296", "title": "Eco Puzzle", "qty": 9, "unit_cents": 9086, "weight_grams": 350}, {"sku": "X845", "title": "Vintage Drill", "qty": 12, "unit_cents": 5248, "weight_grams": 120}]},
    {"order_id": 50029, "customer_id": 1023, "status": "refunded", "placed_at": 1702619356.0,
     "lines": [{"sku": "X835", "title": "Smart Kettle", "qty": 12, "unit_cents": 6481, "weight_grams": 800}, {"sku": "X654", "title": "Silent Notebook", "qty": 8, "unit_cents": 8870, "weight_grams": 350}]},
    {"order_id": 50030, "customer_id": 1031, "status": "shipped", "placed_at": 1709068996.0,
     "lines": [{"sku": "X757", "title": "Pro Speaker", "qty": 11, "unit_cents": 3646, "weight_grams": 350}, {"sku": "X633", "title": "Mini Backpack", "qty": 11, "unit_cents": 5677, "weight_grams": 800}, {"sku": "X970", "title": "Pro Drill", "qty": 11, "unit_cents": 3953, "weight_grams": 800}]},
    {"order_id": 50031, "customer_id": 1009, "status": "delivered", "placed_at": 1700524382.0,
     "lines": [{"sku": "X211", "title": "Smart Chair", "qty": 2, "unit_cents": 4312, "weight_grams": 120}, {"sku": "X380", "title": "Vintage Lamp", "qty": 4, "unit_cents": 8005, "weight_grams": 800}, {"sku": "X641", "title": "Silent Guitar", "qty": 11, "unit_cents": 7986, "weight_grams": 120}, {"sku": "X479", "title": "Rugged Chair", "qty": 8, "unit_cents": 1667, "weight_grams": 120}]},
    {"order_id": 50032, "customer_id": 1009, "status": "cancelled", "placed_at": 1700736010.0,
     "lines": [{"sku": "X393", "title": "Smart Notebook", "qty": 4, "unit_cents": 1777, "weight_grams": 120}, {"sku": "X803", "title": "Deluxe Puzzle", "qty": 6, "unit_cents": 4024, "weight_grams": 800}, {"sku": "X166", "title": "Deluxe Clock", "qty": 11, "unit_cents": 3337, "weight_grams": 800}]},
    {"order_id": 50033, "customer_id": 1014, "status": "paid", "placed_at": 1707817074.0,
     "lines": [{"sku": "X861", "title": "Compact Backpack", "qty": 8, "unit_cents": 4749, "weight_grams": 800}, {"sku": "X162", "title": "Silent Lamp", "qty": 10, "unit_cents": 7755, "weight_grams": 350}, {"sku": "X789", "title": "Silent Guitar", "qty": 2, "unit_cents": 4152, "weight_grams": 800}]},
    {"order_id": 50034, "customer_id": 1037, "status": "delivered", "placed_at": 1706358227.0,
     "lines": [{"sku": "X106", "title": "Eco Guitar", "qty": 10, "unit_cents": 953, "weight_grams": 800}]},
    {"order_id": 50035, "customer_id": 1016, "status": "paid", "placed_at": 1707418636.0,
     "lines": [{"sku": "X633", "title": "Mini Clock", "qty": 5, "unit_cents": 6077, "weight_grams": 800}, {"sku": "X170", "title": "Mini Drill", "qty": 8, "unit_cents": 7801, "weight_grams": 800}, {"sku": "X229", "title": "Eco Shovel", "qty": 12, "unit_cents": 4328, "weight_grams": 350}, {"sku": "X533", "title": "Mini Lamp", "qty": 7, "unit_cents": 7708, "weight_grams": 120}]},
    {"order_id": 50036, "customer_id": 1007, "status": "cancelled", "placed_at": 1704938730.0,
     "lines": [{"sku": "X298", "title": "Deluxe Clock", "qty": 9, "unit_cents": 9945, "weight_grams": 800}, {"sku": "X784", "title": "Silent Kettle", "qty": 8, "unit_cents": 6702, "weight_grams": 350}]},
    {"order_id": 50037, "customer_id": 1010, "status": "cancelled", "placed_at": 1707546491.0,
     "lines": [{"sku": "X238", "title": "Smart Notebook", "qty": 12, "unit_cents": 1607, "weight_grams": 120}, {"sku": "X432", "title": "Vintage Clock", "qty": 11, "unit_cents": 9577, "weight_grams": 800}, {"sku": "X719", "title": "Mini Guitar", "qty": 8, "unit_cents": 4811, "weight_grams": 350}]},
    {"order_id": 50038, "customer_id": 1026, "status": "delivered", "placed_at": 1704849761.0,
     "lines": [{"sku": "X805", "title": "Rugged Puzzle", "qty": 10, "unit_cents": 1470, "weight_grams": 800}, {"sku": "X161", "title": "Compact Clock", "qty": 7, "unit_cents": 2193, "weight_grams": 800}, {"sku": "X527", "title": "Compact Speaker", "qty": 9, "unit_cents": 244, "weight_grams": 350}, {"sku": "X146", "title": "Eco Shovel", "qty": 8, "unit_cents": 925, "weight_grams": 350}]},
    {"order_id": 50039, "customer_id": 1024, "status": "refunded", "placed_at": 1701639073.0,
     "lines": [{"sku": "X125", "title": "Rugged Kettle", "qty": 8, "unit_cents": 2792, "weight_grams": 350}, {"sku": "X125", "title": "Classic Clock", "qty": 5, "unit_cents": 2344, "weight_grams": 120}, {"sku": "X614", "title": "Smart Guitar", "qty": 5, "unit_cents": 2948, "weight_grams": 800}, {"sku": "X844", "title": "Mini Clock", "qty": 9, "unit_cents": 749, "weight_grams": 350}]},
    {"order_id": 50040, "customer_id": 1030, "status": "refunded", "placed_at": 1709740934.0,
     "lines": [{"sku": "X196", "title": "Rugged Planter", "qty": 9, "unit_cents": 486, "weight_grams": 800}, {"sku": "X483", "title": "Classic Puzzle", "qty": 1, "unit_cents": 9150, "weight_grams": 120}, {"sku": "X119", "title": "Deluxe Clock", "qty": 6, "unit_cents": 8411, "weight_grams": 800}]},
    {"order_id": 50041, "customer_id": 1030, "status": "delivered", "placed_at": 1703444957.0,
     "lines": [{"sku": "X277", "title": "Silent Notebook", "qty": 9, "unit_cents": 6894, "weight_grams": 120}, {"sku": "X393", "title": "Classic Chair", "qty": 7, "unit_cents": 3498, "weight_grams": 120}, {"sku": "X152", "title": "Vintage Backpack", "qty": 3, "unit_cents": 2451, "weight_grams": 120}, {"sku": "X166", "title": "Eco Kettle", "qty": 11, "unit_cents": 2767, "weight_grams": 350}]},
    {"order_id": 50042, "customer_id": 1035, "status": "delivered", "placed_at": 1704897311.0,
     "lines": [{"sku": "X604", "title": "Deluxe Notebook", "qty": 12, "unit_cents": 681, "weight_grams": 350}]},
    {"order_id": 50043, "customer_id": 1004, "status": "refunded", "placed_at": 1708878027.0,
     "lines": [{"sku": "X763", "title": "Silent Guitar", "qty": 7, "unit_cents": 4031, "weight_grams": 350}, {"sku": "X593", "title": "Vintage Speaker", "qty": 7, "unit_cents": 8793, "weight_grams": 800}]},
    {"order_id": 50044, "customer_id": 1037, "status": "shipped", "placed_at": 1702358325.0,
     "lines": [{"sku": "X421", "title": "Eco Guitar", "qty": 11, "unit_cents": 7693, "weight_grams": 120}]},
]


def build_demo_app() -> dict:
    """Create repositories filled with the demo data above."""
    app = {
        "customers": CustomerRepository(),
        "products": ProductRepository(),
        "orders": OrderRepository(),
        "templates": TemplateEngine(),
    }
    for row in DEMO_CUSTOMERS:
        app["customers"].add(Customer.from_dict(row))
    for row in DEMO_PRODUCTS:
        app["products"].add(Product.from_dict(row))
    for row in DEMO_ORDERS:
        app["orders"].add(Order.from_dict(row))
    for name, source in DEFAULT_TEMPLATES.items():
        app["templates"].add(name, source)
    return app


def cmd_customers(app: dict, options: "Options") -> None:
    query = " ".join(options.args)
    rows = app["customers"].find(lambda c: not query or c.matches(query))
    emit(sorted(rows, key=lambda c: (c.tier != "platinum", c.name)), options)


def cmd_orders(app: dict, options: "Options") -> None:
    if not options.args:
        raise ShopError("orders needs a status", hint=", ".join(STATUS_FLOW))
    status = options.args[0]
    if status not in STATUS_FLOW:
        raise ShopError(f"unknown status {status!r}")
    emit(app["orders"].find(lambda o: o.status == status), options)


def cmd_invoice(app: dict, options: "Options") -> None:
    try:
        order_id = int(options.args[0])
    except (IndexError, ValueError):
        raise ShopError("invoice needs a numeric order id") from None
    order = app["orders"].get(order_id)
    customer = app["customers"].get(order.customer_id)
    totals = order_total(order.lines)
    text = app["templates"].render("order_confirmation", customer=customer, order=order, totals=totals)
    print(text)
    print(INVOICE_FOOTER.format(due_days=30, invoice_id=f"INV-{order_id}"))


def cmd_report(app: dict, options: "Options") -> None:
    by = "status"
    if options.args[:1] == ["--by"] and len(options.args) > 1:
        by = options.args[1]
    print(sales_report(list(app["orders"]), by=by))
    values = [sum(l["unit_cents"] * l["qty"] for l in o.lines) / 100 for o in app["orders"]]
    print("\n".join(histogram(values, buckets=8, width=30)))


def cmd_query(app: dict, options: "Options") -> None:
    source = " ".join(options.args)
    predicate = compile_query(source)
    rows = [p for p in app["products"] if predicate(p)]
    emit(rows, options)


COMMANDS = {
    "customers": cmd_customers,
    "orders": cmd_orders,
    "invoice": cmd_invoice,
    "report": cmd_report,
    "query": cmd_query,
}


# ---------------------------------------------------------------------------
# Order state machine
# ---------------------------------------------------------------------------


class TransitionError(ShopError):
    exit_code = 7


class OrderStateMachine:
    """Validate and record status changes according to STATUS_FLOW."""

    def __init__(self, flow: dict[str, tuple[str, ...]] = STATUS_FLOW) -> None:
        self.flow = flow
        self.history: dict[int, list[tuple[str, str, float]]] = defaultdict(list)
        self._listeners = []

    def on_change(self, callback):
        """Register ``callback(order, old, new)``; usable as a decorator."""
        self._listeners.append(callback)
        return callback

    def allowed(self, status: str) -> tuple[str, ...]:
        return self.flow.get(status, ())

    def advance(self, order, new_status: str, *, at: float | None = None) -> None:
        old = order.status
        if new_status not in self.allowed(old):
            choices = ", ".join(self.allowed(old)) or "none"
            raise TransitionError(
                f"order {order.order_id}: cannot go from {old!r} to {new_status!r}",
                hint=f"allowed: {choices}",
            )
        order.status = new_status
        self.history[order.order_id].append((old, new_status, time.time() if at is None else at))
        for listener in self._listeners:
            try:
                listener(order, old, new_status)
            except Exception as exc:  # listeners must never break a transition
                _AUDIT_LOG.append(("state", getattr(listener, "__name__", "?"), "error", repr(exc)))

    def path_to(self, start: str, goal: str) -> list[str] | None:
        """Breadth-first search for the shortest sequence of statuses."""
        queue = deque([[start]])
        seen = {start}
        while queue:
            path = queue.popleft()
            if path[-1] == goal:
                return path
            for nxt in self.allowed(path[-1]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(path + [nxt])
        return None

    def terminal_states(self) -> list[str]:
        return sorted(s for s, nxt in self.flow.items() if not nxt)


# ---------------------------------------------------------------------------
# Caching and rate limiting
# ---------------------------------------------------------------------------


class LRUCache:
    """A least-recently-used cache with hit/miss statistics."""

    __marker = object()

    def __init__(self, capacity: int = 128) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data: OrderedDict = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        value = self._data.get(key, self.__marker)
        if value is self.__marker:
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        while len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key) -> bool:
        return key in self._data

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self) -> str:
        return f"<LRUCache {len(self)}/{self.capacity} hit_ratio={self.hit_ratio:.1%}>"


class TokenBucket:
    """Classic token bucket: ``rate`` tokens per second, bursts up to ``capacity``."""

    def __init__(self, rate: float, capacity: int, clock=time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.clock = clock
        self.updated = clock()

    def _refill(self) -> None:
        now = self.clock()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    def try_acquire(self, cost: float = 1.0) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1.0) -> float:
        self._refill()
        missing = cost - self.tokens
        return 0.0 if missing <= 0 else missing / self.rate


# ---------------------------------------------------------------------------
# Event bus and scheduler
# ---------------------------------------------------------------------------


class EventBus:
    """Publish/subscribe with wildcard topics such as ``order.*``."""

    def __init__(self) -> None:
        self._subscribers: dict[str, list] = defaultdict(list)
        self.delivered = Counter()

    def subscribe(self, topic: str):
        def decorator(fn):
            self._subscribers[topic].append(fn)
            return fn
        return decorator

    def _matching(self, topic: str):
        parts = topic.split(".")
        for pattern, handlers in self._subscribers.items():
            pat = pattern.split(".")
            if len(pat) == len(parts) and all(p in ("*", t) for p, t in zip(pat, parts)):
                yield from handlers
            elif pat[-1] == "#" and parts[: len(pat) - 1] == pat[:-1]:
                yield from handlers

    def publish(self, topic: str, **payload) -> int:
        count = 0
        for handler in self._matching(topic):
            handler(topic, **payload)
            count += 1
        self.delivered[topic] += count
        return count


class Job:
    __counter = count()

    def __init__(self, when: float, name: str, action, *, every: float | None = None) -> None:
        self.when = when
        self.name = name
        self.action = action
        self.every = every
        self.seq = next(Job.__counter)

    def __lt__(self, other: "Job") -> bool:
        return (self.when, self.seq) < (other.when, other.seq)

    def __repr__(self) -> str:
        repeat = f", every={self.every}" if self.every else ""
        return f"Job({self.name!r}, when={self.when:.3f}{repeat})"


class Scheduler:
    """Run jobs in time order on a simulated clock (no real sleeping)."""

    def __init__(self, start: float = 0.0) -> None:
        import heapq

        self._heapq = heapq
        self.now = start
        self._queue: list[Job] = []
        self.log: list[str] = []

    def at(self, when: float, name: str, action, every: float | None = None) -> Job:
        job = Job(when, name, action, every=every)
        self._heapq.heappush(self._queue, job)
        return job

    def after(self, delay: float, name: str, action, every: float | None = None) -> Job:
        return self.at(self.now + delay, name, action, every)

    def run_until(self, deadline: float) -> int:
        ran = 0
        while self._queue and self._queue[0].when <= deadline:
            job = self._heapq.heappop(self._queue)
            self.now = job.when
            try:
                job.action()
                self.log.append(f"{self.now:8.2f} ok   {job.name}")
            except Exception as exc:
                self.log.append(f"{self.now:8.2f} FAIL {job.name}: {exc}")
            if job.every:
                self.at(job.when + job.every, job.name, job.action, job.every)
            ran += 1
        self.now = max(self.now, deadline)
        return ran


# ---------------------------------------------------------------------------
# Text utilities
# ---------------------------------------------------------------------------

SLUG_REPLACEMENTS = {
    "\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00df": "ss",
    "\u00e9": "e", "\u00e8": "e", "\u00ea": "e", "\u00e0": "a",
    "\u00e7": "c", "\u00f1": "n", "&": "and", "@": "at",
}


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case, transliterate a few characters and join words with dashes."""
    out = []
    for ch in text.lower():
        ch = SLUG_REPLACEMENTS.get(ch, ch)
        out.append(ch if ch.isalnum() and ch.isascii() else " ")
    words = "".join(out).split()
    slug = "-".join(words)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "n-a"


def wrap_paragraphs(text: str, width: int = 72) -> str:
    """Greedy word wrap that keeps blank lines between paragraphs."""
    paragraphs = [p.split() for p in text.split("\n\n")]
    wrapped = []
    for words in paragraphs:
        line, lines = "", []
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            lines.append(line)
        wrapped.append("\n".join(lines))
    return "\n\n".join(wrapped)


def render_markdown_table(rows: list[dict], columns: list[str] | None = None) -> str:
    if not rows:
        return ""
    columns = columns or list(rows[0])
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    header = "| " + " | ".join(c.ljust(widths[c]) for c in columns) + " |"
    rule = "|" + "|".join("-" * (widths[c] + 2) for c in columns) + "|"
    body = [
        "| " + " | ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns) + " |"
        for r in rows
    ]
    return "\n".join([header, rule, *body])


def levenshtein(a: str, b: str) -> int:
    """Edit distance, used to suggest commands and customer names."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (ca != cb),
            ))
        previous = current
    return previous[-1]


def suggest(word: str, candidates, limit: int = 3) -> list[str]:
    scored = sorted((levenshtein(word, c), c) for c in candidates)
    return [c for d, c in scored[:limit] if d <= max(2, len(word) // 3)]


# ---------------------------------------------------------------------------
# Statistics helpers
# ---------------------------------------------------------------------------


class RunningStats:
    """Welford's online algorithm for mean and variance."""

    def __init__(self) -> None:
        self.n = 0
        self.mean = 0.0
        self._m2 = 0.0
        self.minimum = math.inf
        self.maximum = -math.inf

    def push(self, x: float) -> "RunningStats":
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self._m2 += delta * (x - self.mean)
        self.minimum = min(self.minimum, x)
        self.maximum = max(self.maximum, x)
        return self

    @property
    def variance(self) -> float:
        return self._m2 / (self.n - 1) if self.n > 1 else 0.0

    @property
    def stdev(self) -> float:
        return math.sqrt(self.variance)

    def __add__(self, other: "RunningStats") -> "RunningStats":
        merged = RunningStats()
        merged.n = self.n + other.n
        if merged.n == 0:
            return merged
        delta = other.mean - self.mean
        merged.mean = self.mean + delta * other.n / merged.n
        merged._m2 = self._m2 + other._m2 + delta ** 2 * self.n * other.n / merged.n
        merged.minimum = min(self.minimum, other.minimum)
        merged.maximum = max(self.maximum, other.maximum)
        return merged

    def summary(self) -> str:
        if not self.n:
            return "n=0"
        return (
            f"n={self.n} mean={self.mean:.3f} sd={self.stdev:.3f} "
            f"min={self.minimum:g} max={self.maximum:g}"
        )


def moving_average(values, window: int = 3):
    """Yield the average of each full window over ``values``."""
    buf = deque(maxlen=window)
    total = 0.0
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        if len(buf) == window:
            yield total / window


def linear_regression(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least squares fit; returns (slope, intercept, r_squared)."""
    n = len(xs)
    if n != len(ys) or n < 2:
        raise ValueError("need two equally long sequences with at least two points")
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0:
        raise ZeroDivisionError("all x values are equal")
    slope = sxy / sxx
    intercept = my - slope * mx
    r2 = (sxy * sxy) / (sxx * syy) if syy else 1.0
    return slope, intercept, r2


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------


def histogram(values: list[float], buckets: int = 10, width: int = 40) -> list[str]:
    """Return an ASCII histogram, one line per bucket."""
    if not values:
        return ["(no data)"]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    counts = [0] * buckets
    for v in values:
        idx = min(int((v - lo) / span * buckets), buckets - 1)
        counts[idx] += 1
    peak = max(counts)
    lines = []
    for i, c in enumerate(counts):
        start = lo + span * i / buckets
        bar = "#" * math.ceil(c / peak * width) if c else ""
        lines.append(f"{start:>10.2f} | {bar:<{width}} {c}")
    return lines


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        raise ValueError("percentile of empty data")
    k = (len(sorted_values) - 1) * p / 100
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return sorted_values[int(k)]
    return sorted_values[f] * (c - k) + sorted_values[c] * (k - f)


def sales_report(orders: list, *, by: str = "status") -> str:
    groups = defaultdict(list)
    for order in orders:
        groups[getattr(order, by, "unknown")].append(order)
    lines = [f"Sales by {by}", "=" * (9 + len(by))]
    for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), str(kv[0]))):
        totals = sorted(sum(l.get("unit_cents", 0) * l.get("qty", 0) for l in o.lines) for o in members)
        median = percentile(totals, 50) if totals else 0
        lines.append(f"{str(key):<12} {len(members):>5} orders  median {median / 100:>10,.2f}")
    return "\n".join(lines)


def paginate(items: list, page: int = 1, size: int = 20) -> dict:
    size = max(1, min(size, MAX_PAGE_SIZE))
    pages = max(1, math.ceil(len(items) / size))
    page = min(max(1, page), pages)
    start = (page - 1) * size
    return {
        "page": page,
        "pages": pages,
        "items": items[start:start + size],
        "has_next": page < pages,
        "has_prev": page > 1,
    }


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

Options = namedtuple("Options", "json limit command args")


def parse_args(argv: list[str]) -> Options:
    """Parse ``[--json] [--limit N] COMMAND [ARGS...]`` without argparse."""
    as_json = False
    limit = 50
    rest = list(argv)
    while rest and rest[0].startswith("--"):
        flag = rest.pop(0)
        if flag == "--json":
            as_json = True
        elif flag == "--limit":
            if not rest:
                raise ShopError("--limit needs a value", hint="e.g. --limit 10")
            try:
                limit = int(rest.pop(0))
            except ValueError:
                raise ShopError("--limit must be an integer") from None
        elif flag in ("--help", "--usage"):
            raise SystemExit(HELP_TEXT)
        else:
            raise ShopError(f"unknown option {flag}", hint="see --help")
    if not rest:
        raise ShopError("missing command", hint="see --help")
    return Options(as_json, limit, rest[0], rest[1:])


def emit(rows, options: Options, *, stream=None) -> None:
    stream = stream or sys.stdout
    rows = list(islice(rows, options.limit))
    if options.json:
        print(json.dumps([r.to_dict() if hasattr(r, "to_dict") else r for r in rows], indent=2), file=stream)
        return
    for row in rows:
        print(row, file=stream)
    print(f"-- {len(rows)} row(s)", file=stream)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        options = parse_args(argv)
        app = build_demo_app()
        handler = COMMANDS.get(options.command)
        if handler is None:
            close = [c for c in COMMANDS if c.startswith(options.command[:2])]
            raise ShopError(f"unknown command {options.command!r}", hint=", ".join(close) or None)
        handler(app, options)
    except ShopError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
