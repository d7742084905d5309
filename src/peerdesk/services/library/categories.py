"""The library's editable list of categories (cards keep their category text)."""

from __future__ import annotations

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.library.cards import DEFAULT_CATEGORIES
from peerdesk.services.library.common import CATEGORY, STRATEGY, LibraryBase
from peerdesk.store.records import LibraryCategory, Strategy, database_proxy, utc_now


class CategoryList(LibraryBase):
    def categories(self) -> list[str]:
        """The category list (editable), followed by any other category a card uses."""
        if "categories" not in self._choices:
            names = [c.name for c in LibraryCategory.alive().order_by(LibraryCategory.position)]
            sql = (
                "SELECT DISTINCT category FROM strategy WHERE deleted_at IS NULL AND category != ''"
            )
            used = {str(r[0]) for r in database_proxy.execute_sql(sql)}
            extra = sorted(used - set(names), key=str.casefold)
            self._choices["categories"] = names + extra
        return list(self._choices["categories"])

    def ensure_default_categories(self) -> None:
        if LibraryCategory.select().exists():
            return
        with database_proxy.atomic():
            for position, name in enumerate(DEFAULT_CATEGORIES):
                LibraryCategory.create(name=name, position=position)
        self.bus.publish(Change(CATEGORY, "reset"))

    def add_category(self, name: str) -> Change:
        name = name.strip()
        if not name or len(name) > 80:
            raise ValueError(
                translate("Library", "A category needs a name of at most 80 characters.")
            )
        with database_proxy.atomic():
            existing = LibraryCategory.get_or_none(LibraryCategory.name == name)
            position = LibraryCategory.select().count()
            if existing is None:
                LibraryCategory.create(name=name, position=position)
            elif existing.deleted_at is not None:
                existing.deleted_at = None
                existing.position = position
                existing.save()
            else:
                raise ValueError(
                    translate("Library", "There is already a category called “{name}”.").format(
                        name=name
                    )
                )
        return self.bus.publish(Change(CATEGORY, "inserted", (name,)))

    def rename_category(self, old: str, new: str) -> Change:
        new = new.strip()
        if not new or len(new) > 80:
            raise ValueError(
                translate("Library", "A category needs a name of at most 80 characters.")
            )
        with database_proxy.atomic():
            if new != old and LibraryCategory.get_or_none(LibraryCategory.name == new):
                raise ValueError(
                    translate("Library", "There is already a category called “{name}”.").format(
                        name=new
                    )
                )
            LibraryCategory.update(name=new, updated_at=utc_now()).where(
                LibraryCategory.name == old
            ).execute()
            moved = [r.id for r in Strategy.select(Strategy.id).where(Strategy.category == old)]
            Strategy.update(category=new, updated_at=utc_now()).where(
                Strategy.category == old
            ).execute()
        self.bus.publish(Change(STRATEGY, "updated", tuple(moved)))
        return self.bus.publish(Change(CATEGORY, "updated", (new,)))

    def remove_category(self, name: str) -> Change:
        """Take a category off the list; its cards keep their category text."""
        with database_proxy.atomic():
            LibraryCategory.update(deleted_at=utc_now()).where(
                LibraryCategory.name == name
            ).execute()
        return self.bus.publish(Change(CATEGORY, "deleted", (name,)))
