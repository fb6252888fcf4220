"""Typed, immutable records for the API catalogue: `Operation`, `Parameter` and their parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

__all__ = [
    "JSON",
    "Accept",
    "ItemField",
    "Location",
    "Operation",
    "Parameter",
    "ParamType",
    "Upload",
    "ValueFormat",
]

JSON: TypeAlias = "bool | int | float | str | list[JSON] | dict[str, JSON] | None"
Location = Literal["path", "query", "body", "header", "ui"]
ParamType = Literal["string", "options", "string[]", "boolean", "number", "collection", "json"]
# What a value must look like beyond its type, derived from the catalogue's patterns and notes.
ValueFormat = Literal["hex24", "e164", "date-time", "regex"]


@dataclass(frozen=True, slots=True)
class ItemField:
    """One field of the entries of a `collection` parameter (`participants[].phone`, ...)."""

    name: str
    type: str
    required: bool = False
    options: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Accept:
    """The `Accept` header an operation sends: fixed, or chosen by one parameter's value."""

    fixed: str | None = None
    by: str | None = None
    map: tuple[tuple[str, str], ...] = ()

    def for_value(self, value: object) -> str | None:
        if self.fixed is not None:
            return self.fixed
        for key, accept in self.map:
            if key == value:
                return accept
        return None


@dataclass(frozen=True, slots=True)
class Upload:
    """An operation that also takes a file's bytes as `multipart/form-data` (`uploadFile`): the
    client argument `file_param` (a path, bytes or a binary file) is sent as the part of that name,
    the other given values as text parts; `instead_of` is the body parameter it replaces (`url`:
    required without a file, refused with one)."""

    file_param: str
    instead_of: str


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation, as the catalogue declares it."""

    name: str
    location: Location
    type: ParamType
    required: bool
    default: JSON
    python_name: str
    note: str = ""
    ui: str | None = None
    ui_group: str | None = None
    options: tuple[JSON, ...] = ()
    options_ref: str | None = None
    load_options: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    max_values: int | None = None
    pattern: str | None = None
    format: ValueFormat | None = None
    required_when: tuple[tuple[str, tuple[JSON, ...]], ...] = ()
    items: tuple[ItemField, ...] = ()
    body_is_array: bool = False
    is_float: bool = False
    constant: bool = False
    value_map: tuple[tuple[str, JSON], ...] = ()
    # A body collection the API takes as one object (`expiration`); every other one is a list.
    is_object: bool = False

    @property
    def sent(self) -> bool:
        """True when the parameter travels on the wire (not a switch of the node's form)."""
        return self.location != "ui"

    @property
    def is_list(self) -> bool:
        return self.type == "string[]"

    @property
    def count_limits(self) -> tuple[float | None, float | None]:
        """For lists and collections, `minValue`/`maxValue`/`maxValues` count entries."""
        high = self.max_value if self.max_values is None else self.max_values
        return self.min_value, high

    def is_wire_value(self, value: object) -> bool:
        """`value` is one of what `value_map` sends (`true` for `accept`): the wire's own form."""
        return any(type(value) is type(wire) and value == wire for _, wire in self.value_map)

    def map_value(self, value: JSON) -> JSON:
        """Translate a value the way the node does before sending (`accept` -> `true`)."""
        for key, wire in self.value_map:
            if key == value:
                return wire
        return value


@dataclass(frozen=True, slots=True)
class Operation:
    """One of the 148 operations: where it is sent, what it takes, what it answers."""

    resource: str
    resource_key: str
    operation: str
    name: str
    description: str
    method: str
    path: str
    params: tuple[Parameter, ...]
    notes: tuple[str, ...] = ()
    response: str | None = None
    accept: Accept | None = None
    binary: bool = False
    binary_by: tuple[str, tuple[str, ...]] | None = None
    wait_seconds: float | None = None
    pagination: Literal["page", "skip"] | None = None
    method_from: str | None = None
    raw_path: str | None = None
    raw_body: str | None = None
    distinct: tuple[tuple[str, str], ...] = ()
    switch_to_query: tuple[tuple[str, tuple[tuple[str, tuple[tuple[str, JSON], ...]], ...]], ...] = ()
    # Objects (`businessProfile.businessHours`) whose fields are required only once the object is given.
    optional_objects: tuple[str, ...] = ()
    # Query names the server accepts beyond the parameters (`workflow`, what the node's trigger
    # sends), with what they mean; not parameters: the client neither takes nor sends them.
    server_query: tuple[tuple[str, str], ...] = ()
    # Also takes a file as multipart/form-data (`uploadFile`; see `Upload`).
    upload: Upload | None = None
    python_resource: str = ""
    python_method: str = ""
    cli_resource: str = ""
    cli_command: str = ""
    _by_name: dict[str, Parameter] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        """The operation's one name, `<resource_key>.<operation>` (`session.rebootDevice`)."""
        return f"{self.resource_key}.{self.operation}"

    def param(self, name: str) -> Parameter:
        """The parameter called `name` on the wire (`deviceId`, `media.url`)."""
        return self._by_name[name]

    def has_param(self, name: str) -> bool:
        return name in self._by_name

    @property
    def path_params(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def sent_params(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.params if p.sent and not p.constant)

    @property
    def client_params(self) -> tuple[Parameter, ...]:
        """What a client method takes: everything sent, plus the switches that change the wire."""
        wire_switches = {name for name, _ in self.switch_to_query}
        if self.method_from:
            wire_switches.add(self.method_from)
        return tuple(p for p in self.params if not p.constant and (p.sent or p.name in wire_switches))

    def optional_objects_of(self, name: str) -> tuple[str, ...]:
        """The optional objects that hold the parameter `name` (outermost first)."""
        return tuple(o for o in self.optional_objects if name.startswith((f"{o}.", f"{o}[")))

    def is_binary(self, values: dict[str, object]) -> bool:
        """Whether the answer is bytes, given the call's values (`scanQR` depends on `encoding`)."""
        if self.binary_by is None:
            return self.binary
        name, binary_values = self.binary_by
        value = values.get(name)
        if value is None:
            value = self.param(name).default
        return value in binary_values
