"""A vault created in Spanish gets the Spanish starter library, prompts and demo data;
stored emotion keys stay English; crisis-plan sections and mood words follow the language."""

from __future__ import annotations

from peerdesk.i18n import set_content_language
from peerdesk.services.journal import content
from peerdesk.services.library import SECTION_BY_KEY, StarterInstaller
from peerdesk.services.library.starter import STARTER_LANGUAGE, load_starter_library
from peerdesk.services.sample_data import fill_sample_data, load_demo_data
from peerdesk.services.session import Services
from peerdesk.store.records import EntryEmotion, JournalEntry, Tracker


def _title(services: Services, key: str) -> str:
    keys = services.library.starter_keys(live_only=True)
    return services.library.card(keys[key]).title


def test_a_new_vault_in_english_gets_english_cards(services: Services) -> None:
    assert _title(services, "breathing-box") == "Box breathing"
    assert services.settings.get(STARTER_LANGUAGE) == "en"
    prompts = {p.text for p in services.journal.prompts()}
    assert "What's the next small step on one of your goals?" in prompts


def test_a_new_vault_in_spanish_gets_spanish_cards(spanish: None, services: Services) -> None:
    assert _title(services, "breathing-box") == "Respiración cuadrada"
    assert _title(services, "mindfulness-urge-surfing") == "Surfear las ansias"
    card = services.library.card(
        services.library.starter_keys(live_only=True)["professional-ask-peer-specialist"]
    )
    assert "especialista de pares" in card.content.summary
    assert card.category == "Ayuda profesional"
    assert "ansiedad" in _tags(services, "grounding-5-4-3-2-1")
    assert len(services.library.starter_keys(live_only=True)) == 48
    assert services.settings.get(STARTER_LANGUAGE) == "es"
    prompts = {p.text for p in services.journal.prompts()}
    assert "¿Cuál es el siguiente paso pequeño en una de tus metas?" in prompts
    assert "Repaso de la noche" in {t.name for t in services.journal.templates()}


def _tags(services: Services, key: str) -> tuple[str, ...]:
    keys = services.library.starter_keys(live_only=True)
    return services.library.card(keys[key]).content.tags


def test_restore_uses_the_current_language(services: Services) -> None:
    keys = services.library.starter_keys(live_only=True)
    services.library.delete(keys["breathing-box"])
    set_content_language("es")
    installer = StarterInstaller(services.library, services.settings)
    assert installer.restore() == 1
    assert _title(services, "breathing-box") == "Respiración cuadrada"
    assert _title(services, "grounding-cold-water") == "Cold water reset"  # kept as it was
    assert installer.restore(reset_edited=True) == 47
    assert _title(services, "grounding-cold-water") == "Reinicio con agua fría"
    assert services.settings.get(STARTER_LANGUAGE) == "es"


def test_spanish_sample_data(spanish: None, services: Services) -> None:
    fill_sample_data(services)
    titles = {e.title for e in JournalEntry.select()}
    assert "Cuatro meses y un poco más" in titles
    assert "Four months and a bit" not in titles
    assert {t.name for t in Tracker.select()} == {"Ansias", "Salí de casa", "Reuniones"}
    # emotions are stored by their English key, whatever the language
    stored = {e.name for e in EntryEmotion.select()}
    assert "anxious" in stored
    assert "ansioso/a" not in stored
    plan = services.crisis_plan.plan()
    assert any("licorería" in item.text for item in plan.section("warning_signs"))
    assert plan.section("self_help")[0].text == "Surfear las ansias"
    notes = {u.note for u in services.library.all_uses()}
    assert "Dos caminatas largas con Biscuit." in notes
    assert (
        len(load_demo_data()["entries"])
        == JournalEntry.select().where(JournalEntry.kind == "entry").count()
    )


def test_english_sample_data(services: Services) -> None:
    fill_sample_data(services)
    titles = {e.title for e in JournalEntry.select()}
    assert "Four months and a bit" in titles
    assert {t.name for t in Tracker.select()} == {"Cravings", "Went outside", "Meetings"}


def test_emotions_by_key_with_labels() -> None:
    english = content.emotion_groups()
    assert english[0].name == "Joyful"
    assert english[0].key == "Joyful"
    assert english[0].items()[0] == ("happy", "happy")
    assert content.emotion_label("anxious") == "anxious"
    set_content_language("es")
    spanish = content.emotion_groups()
    assert [g.emotions for g in spanish] == [g.emotions for g in english]  # same keys
    assert spanish[3].name == "Con ansiedad"
    assert spanish[3].key == "Anxious"
    assert ("anxious", "ansioso/a") in spanish[3].items()
    assert content.emotion_label("anxious") == "ansioso/a"
    assert content.emotion_label("my own word") == "my own word"
    assert content.emotion_key("Ansioso/a") == "anxious"
    assert content.emotion_key("anxious") == "anxious"


def test_mood_words_and_sections_follow_the_language() -> None:
    assert content.mood_word(7) == "good"
    assert content.mood_words()[10] == "Very good"
    assert SECTION_BY_KEY["reasons"].title == "My reasons to keep going"
    set_content_language("es")
    assert content.mood_word(7) == "bueno"
    assert content.mood_word(0) == "muy bajo"
    assert content.mood_words() == {0: "Muy bajo", 5: "Regular", 10: "Muy bueno"}
    assert SECTION_BY_KEY["reasons"].title == "Mis razones para seguir adelante"
    assert SECTION_BY_KEY["ask_for_help"].hint.startswith("Personas de confianza")


def test_starter_library_loads_in_both_languages() -> None:
    english = load_starter_library()
    set_content_language("es")
    spanish = load_starter_library()
    assert [c.key for c in english.cards] == [c.key for c in spanish.cards]
    assert spanish.categories[0] == "Anclaje"


def test_default_life_areas_follow_the_language(services: Services) -> None:
    assert services.roadmap.life_areas()[:2] == ["Health", "Housing"]
    set_content_language("es")
    areas = services.roadmap.life_areas()
    assert areas[:2] == ["Salud", "Vivienda"]
    assert areas[-1] == "Otra"
    # the Spanish demo goals use the Spanish default areas
    assert {g["life_area"] for g in load_demo_data()["goals"]} <= set(areas)
    # a list the user edited stays as they wrote it
    services.roadmap.set_life_areas(["Casa", "Trabajo"])
    assert services.roadmap.life_areas() == ["Casa", "Trabajo"]


def test_builtin_prompts_follow_the_language_of_the_moment(services: Services) -> None:
    own = services.journal.add_prompt("What made me laugh?")
    english = services.journal.prompts()
    assert "What's the next small step on one of your goals?" in {p.text for p in english}
    set_content_language("es")
    spanish = services.journal.prompts()
    assert [p.id for p in spanish if not p.builtin] == [own]
    texts = {p.text for p in spanish}
    assert "¿Cuál es el siguiente paso pequeño en una de tus metas?" in texts
    assert "What made me laugh?" in texts  # the user's own words stay as written
    assert "Gratitud" in {p.category for p in spanish}
    assert "Repaso de la noche" in {t.name for t in services.journal.templates()}
    assert len(spanish) == len(english)
