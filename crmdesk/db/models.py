"""All peewee models of crmdesk, bound to one DatabaseProxy (SQLite file or PostgreSQL).

Conventions for every table (BaseModel): `created_at`, `modified_at` (naive UTC), `modified_by`
(user id, kept as a plain integer so that deleting a user never rewrites history) and `version`
(optimistic concurrency: every update goes `WHERE id = ? AND version = ?`, see crmdesk.ops.base).

Columns marked *derived* are written only by the operations that own them (crmdesk.ops):
they exist so that list views sort and filter on an index instead of joining or grouping
over a million interactions (house style §2.5, "derived data is kept current on write").
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def utcnow() -> dt.datetime:
    """Naive UTC 'now', the only timestamp format stored in the database."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class BaseModel(Model):
    """Common columns: timestamps, last modifier and the optimistic-lock version."""

    id = AutoField()
    created_at = DateTimeField(default=utcnow, index=True)
    modified_at = DateTimeField(default=utcnow)
    modified_by = IntegerField(null=True)
    version = IntegerField(default=1)

    class Meta:
        database = database
        legacy_table_names = False


class Meta(Model):
    """Key/value facts about the file itself: the crmdesk marker and the schema version."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        database = database
        table_name = "crmdesk_meta"


class User(BaseModel):
    """A person who works with crmdesk; role is owner, staff or apprentice."""

    name = CharField(unique=True, max_length=100)
    initials = CharField(max_length=8, default="")
    role = CharField(max_length=16, default="staff", index=True)
    password_hash = TextField(null=True)
    active = BooleanField(default=True, index=True)
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=64, default="")
    function_title = CharField(max_length=120, default="")


class Tag(BaseModel):
    """A label for persons and companies; may carry a cadence override (days; 0 = no cadence)."""

    name = CharField(unique=True, max_length=80)
    color = CharField(max_length=16, default="")
    cadence_days = IntegerField(null=True)


class Channel(BaseModel):
    """A way of contact (phone, e-mail, letter, visit, ...): data the owner can extend."""

    code = CharField(unique=True, max_length=32)
    label_de = CharField(max_length=80)
    label_en = CharField(max_length=80)
    icon = CharField(max_length=64, default="")
    shortcut = CharField(max_length=1, default="")
    sort_order = IntegerField(default=100)
    active = BooleanField(default=True)


class Outcome(BaseModel):
    """A result of a contact (reached, not reached, appointment, order, complaint, ...)."""

    code = CharField(unique=True, max_length=32)
    label_de = CharField(max_length=80)
    label_en = CharField(max_length=80)
    kind = CharField(max_length=16, default="neutral")  # positive / negative / neutral
    sort_order = IntegerField(default=100)
    active = BooleanField(default=True)


class Company(BaseModel):
    """An organisation we deal with."""

    name = CharField(max_length=300, index=True)
    legal_form = CharField(max_length=60, default="")
    street = CharField(max_length=200, default="")
    postal_code = CharField(max_length=20, default="")
    city = CharField(max_length=120, default="", index=True)
    country = CharField(max_length=2, default="AT", index=True)
    po_box = CharField(max_length=60, default="")
    phone = CharField(max_length=64, default="")
    phone2 = CharField(max_length=64, default="")
    fax = CharField(max_length=64, default="")
    email = CharField(max_length=254, default="")
    email2 = CharField(max_length=254, default="")
    website = CharField(max_length=300, default="")
    vat_id = CharField(max_length=32, default="")
    register_number = CharField(max_length=60, default="")
    register_court = CharField(max_length=120, default="")
    category = CharField(max_length=1, default="", index=True)  # A / B / C / ''
    status = CharField(max_length=16, default="customer", index=True)  # customer/prospect/partner/former
    owner = ForeignKeyField(User, null=True, on_delete="SET NULL", index=True, backref="companies")
    cadence_days = IntegerField(null=True)  # override; 0 = no cadence
    notes = TextField(default="")
    active = BooleanField(default=True, index=True)
    deleted_at = DateTimeField(null=True, index=True)
    import_batch = CharField(max_length=40, null=True, index=True)
    # derived (rolled up from its persons' last contacts)
    last_contact_at = DateTimeField(null=True, index=True)
    last_contact_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    sort_name = CharField(max_length=300, default="", index=True)
    search_text = TextField(default="")


class Person(BaseModel):
    """A human being we keep in touch with, with everything a correct letter needs."""

    gender = CharField(max_length=8, default="unknown")  # m / f / d / unknown
    first_name = CharField(max_length=200, default="")
    last_name = CharField(max_length=200, default="")
    name_particle = CharField(max_length=40, default="")  # von, van der, de ...
    titles_pre = TextField(default="[]")  # JSON list, ordered as written
    titles_post = TextField(default="[]")  # JSON list, ordered as written
    honorary_title = CharField(max_length=120, default="")
    language = CharField(max_length=5, default="de")
    formality = CharField(max_length=3, default="Sie")  # Sie / Du
    salutation_override = CharField(max_length=300, default="")
    street = CharField(max_length=200, default="")  # business address if it differs from the company's
    postal_code = CharField(max_length=20, default="")
    city = CharField(max_length=120, default="")
    country = CharField(max_length=2, default="")
    private_street = CharField(max_length=200, default="")
    private_postal_code = CharField(max_length=20, default="")
    private_city = CharField(max_length=120, default="")
    private_country = CharField(max_length=2, default="")
    preferred_address = CharField(max_length=8, default="business")  # business / private
    phone_business = CharField(max_length=64, default="")
    phone_mobile = CharField(max_length=64, default="")
    phone_private = CharField(max_length=64, default="")
    email_business = CharField(max_length=254, default="", index=True)
    email_private = CharField(max_length=254, default="")
    linkedin_url = CharField(max_length=300, default="")
    xing_url = CharField(max_length=300, default="")
    other_url = CharField(max_length=300, default="")
    birthday = DateField(null=True)
    timezone = CharField(max_length=64, default="")
    notes = TextField(default="")
    cadence_days = IntegerField(null=True)  # override; 0 = no cadence
    advertising_consent = BooleanField(default=False)
    consent_at = DateTimeField(null=True)
    consent_source = CharField(max_length=200, default="")
    advertising_objection = BooleanField(default=False, index=True)
    objection_at = DateTimeField(null=True)
    objection_source = CharField(max_length=200, default="")
    do_not_contact = BooleanField(default=False)
    owner = ForeignKeyField(User, null=True, on_delete="SET NULL", index=True, backref="persons")
    status = CharField(max_length=16, default="active", index=True)  # active/inactive/left/deceased
    deleted_at = DateTimeField(null=True, index=True)
    import_batch = CharField(max_length=40, null=True, index=True)
    snoozed_until = DateTimeField(null=True)
    snooze_reason = CharField(max_length=300, default="")
    # derived: primary employment, list columns, search text (crmdesk.ops.persons)
    company = ForeignKeyField(Company, null=True, on_delete="SET NULL", index=True, backref="primary_persons")
    company_name = CharField(max_length=300, default="", index=True)
    function_title = CharField(max_length=200, default="", index=True)
    sort_name = CharField(max_length=420, default="", index=True)
    display_city = CharField(max_length=120, default="", index=True)
    display_country = CharField(max_length=2, default="", index=True)
    search_text = TextField(default="")
    birthday_key = IntegerField(null=True, index=True)  # month*100+day, for "birthdays this week"
    # derived: keep in touch (crmdesk.ops.contact_state)
    last_contact_at = DateTimeField(null=True, index=True)
    last_contact_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    last_contact_interaction = IntegerField(null=True)
    cadence_interval = IntegerField(null=True)  # resolved interval in days, None = no cadence
    cadence_weight = FloatField(default=1.0)
    next_due_at = DateTimeField(null=True, index=True)


class PersonMatchKey(Model):
    """Derived, not a record: one row per key a person is filed under for the duplicate finder.

    key_hash is a 32-bit hash of one comparison key (e-mail, phone, name+city, name+company, phonetic
    block; crmdesk.domain.matching.filing_hashes). Written only by crmdesk.db.derived next to the
    person's list columns, so it has none of BaseModel's version and audit columns (like the search
    index). Lets an import read the few persons it can match instead of all of them.
    """

    key_hash = BigIntegerField()
    person = ForeignKeyField(Person, on_delete="CASCADE", index=True, backref="+")

    class Meta:
        database = database
        table_name = "person_match_key"
        primary_key = False
        indexes = ((("key_hash", "person"), False),)


class Employment(BaseModel):
    """A person's position at a company (function title, department, since/until)."""

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="employments")
    company = ForeignKeyField(Company, on_delete="CASCADE", backref="employments")
    function_title = CharField(max_length=200, default="")
    department = CharField(max_length=200, default="")
    is_primary = BooleanField(default=True)
    since = DateField(null=True)
    until = DateField(null=True)

    class Meta:
        indexes = ((("person", "company"), False), (("company", "person"), False))


class PersonTag(BaseModel):
    """Tag assignment for a person."""

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="person_links")

    class Meta:
        indexes = ((("person", "tag"), True), (("tag", "person"), False))


class CompanyTag(BaseModel):
    """Tag assignment for a company."""

    company = ForeignKeyField(Company, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="company_links")

    class Meta:
        indexes = ((("company", "tag"), True), (("tag", "company"), False))


class LetterTemplate(BaseModel):
    """A letter template: subject and body with placeholders; 'advertising' triggers objection checks."""

    name = CharField(unique=True, max_length=120)
    language = CharField(max_length=5, default="de")
    subject = CharField(max_length=300, default="")
    body = TextField(default="")
    advertising = BooleanField(default=False)
    active = BooleanField(default=True)


class Letter(BaseModel):
    """One printed letter to one recipient; a serial run shares its `batch_key`."""

    template = ForeignKeyField(LetterTemplate, null=True, on_delete="SET NULL", backref="letters")
    person = ForeignKeyField(Person, null=True, on_delete="SET NULL", index=True, backref="letters")
    company = ForeignKeyField(Company, null=True, on_delete="SET NULL", index=True, backref="letters")
    recipient_label = CharField(max_length=400, default="")
    subject = CharField(max_length=300, default="")
    file_path = TextField(default="")
    batch_key = CharField(max_length=40, default="", index=True)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")


class Interaction(BaseModel):
    """One contact with a person and/or company, on one channel, with its outcome."""

    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", backref="interactions")
    company = ForeignKeyField(Company, null=True, on_delete="CASCADE", backref="interactions")
    channel = ForeignKeyField(Channel, on_delete="RESTRICT", backref="+")
    direction = CharField(max_length=3, default="out")  # in / out
    occurred_at = DateTimeField(default=utcnow, index=True)
    duration_min = IntegerField(null=True)
    subject = CharField(max_length=300, default="")
    note = TextField(default="")
    outcome = ForeignKeyField(Outcome, null=True, on_delete="SET NULL", backref="+")
    author = ForeignKeyField(User, null=True, on_delete="SET NULL", index=True, backref="+")
    letter = ForeignKeyField(Letter, null=True, on_delete="SET NULL", backref="+")
    import_batch = CharField(max_length=40, null=True)

    class Meta:
        indexes = ((("company", "occurred_at"), False),)


class FollowUp(BaseModel):
    """A Wiedervorlage: something to do for a person or company by a due time, by an assignee."""

    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", index=True, backref="follow_ups")
    company = ForeignKeyField(Company, null=True, on_delete="CASCADE", index=True, backref="follow_ups")
    due_at = DateTimeField(index=True)
    assignee = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    note = TextField(default="")
    repeat_days = IntegerField(null=True)
    done_at = DateTimeField(null=True, index=True)
    done_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="+")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        indexes = ((("assignee", "done_at", "due_at"), False),)


class AuditEntry(BaseModel):
    """Who changed what, when: written by every operation in the same transaction."""

    at = DateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    user_name = CharField(max_length=100, default="")
    entity = CharField(max_length=40)
    entity_id = IntegerField(null=True)
    action = CharField(max_length=40)
    before = TextField(null=True)  # JSON
    after = TextField(null=True)  # JSON
    batch = CharField(max_length=40, null=True, index=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Setting(BaseModel):
    """Business configuration shared by the team (letterhead, cadence defaults, title rules)."""

    key = CharField(unique=True, max_length=120)
    value = TextField(default="null")  # JSON


class ImportBatch(BaseModel):
    """One import run; undoing it replays its audit entries backwards."""

    key = CharField(unique=True, max_length=40)
    source = TextField(default="")
    mode = CharField(max_length=16, default="create")
    counts = TextField(default="{}")  # JSON
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    undone_at = DateTimeField(null=True)


# Named covering indexes (schema 3): a person's timeline and last-contact lookups, the dashboard's
# per-channel counts, and the ranked keep-in-touch list (one range scan per interval/weight group).
Interaction.add_index(Interaction.index(Interaction.person, Interaction.occurred_at, Interaction.channel,
                                        Interaction.direction, Interaction.outcome, name="interaction_person_timeline"))
Interaction.add_index(Interaction.index(Interaction.channel, Interaction.occurred_at, Interaction.outcome,
                                        name="interaction_channel_time"))
Person.add_index(Person.index(Person.cadence_interval, Person.cadence_weight, Person.next_due_at, Person.owner,
                              name="person_cadence_rank"))


ALL_MODELS: tuple[type[Model], ...] = (
    Meta,
    User,
    Tag,
    Channel,
    Outcome,
    Company,
    Person,
    PersonMatchKey,
    Employment,
    PersonTag,
    CompanyTag,
    LetterTemplate,
    Letter,
    Interaction,
    FollowUp,
    AuditEntry,
    Setting,
    ImportBatch,
)
