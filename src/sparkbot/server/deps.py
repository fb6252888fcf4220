"""The dependencies routes declare, as `Annotated` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from .auth import current_account, get_services
from .db import Account
from .services import Services

__all__ = ["CurrentAccount", "ServicesDep"]

CurrentAccount = Annotated[Account, Depends(current_account)]
ServicesDep = Annotated[Services, Depends(get_services)]
