CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "StaffMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffMembers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Team" TEXT NOT NULL
);

CREATE TABLE "Customers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "BusinessUnit" TEXT NOT NULL,
    "PreferredChannels" TEXT NOT NULL
);

CREATE TABLE "CustomerUsualContacts" (
    "CustomerId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    CONSTRAINT "PK_CustomerUsualContacts" PRIMARY KEY ("CustomerId", "StaffMemberId"),
    CONSTRAINT "FK_CustomerUsualContacts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CustomerUsualContacts_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ApiKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "CustomerId" INTEGER NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_ApiKeys_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Requests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Requests" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "BusinessImpact" TEXT NULL,
    "Priority" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    "OwnerId" INTEGER NULL,
    "Why" TEXT NULL,
    "Decision" TEXT NULL,
    "DecisionRationale" TEXT NULL,
    "DecidedById" INTEGER NULL,
    "KnowledgeLink" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FirstResponseAt" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Requests_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Requests_StaffMembers_DecidedById" FOREIGN KEY ("DecidedById") REFERENCES "StaffMembers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Requests_StaffMembers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "StaffMembers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Expectations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Expectations" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "Deliverable" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "Alternative" TEXT NULL,
    "UpdateCadence" TEXT NULL,
    "Status" TEXT NOT NULL,
    "AgreedWith" TEXT NULL,
    "LastUpdateAt" TEXT NULL,
    "ReplacedById" INTEGER NULL,
    CONSTRAINT "FK_Expectations_Expectations_ReplacedById" FOREIGN KEY ("ReplacedById") REFERENCES "Expectations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Expectations_Requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ExternalReferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExternalReferences" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "System" TEXT NOT NULL,
    "ExternalId" TEXT NOT NULL,
    "DisplayKey" TEXT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_ExternalReferences_Requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Interactions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Interactions" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "RequestId" INTEGER NULL,
    "Channel" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "OnPreferredChannel" INTEGER NOT NULL,
    CONSTRAINT "FK_Interactions_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Interactions_Requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Requests" ("Id") ON DELETE SET NULL
);

CREATE TABLE "InteractionParticipants" (
    "InteractionId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "PK_InteractionParticipants" PRIMARY KEY ("InteractionId", "StaffMemberId"),
    CONSTRAINT "FK_InteractionParticipants_Interactions_InteractionId" FOREIGN KEY ("InteractionId") REFERENCES "Interactions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_InteractionParticipants_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Retrospectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Retrospectives" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NULL,
    "HeldAt" TEXT NOT NULL,
    "WentWell" TEXT NULL,
    "WentWrong" TEXT NULL,
    "DoDifferently" TEXT NULL,
    "ItPerspective" TEXT NULL,
    "CustomerPerspective" TEXT NULL,
    "CustomerRating" INTEGER NULL,
    CONSTRAINT "CK_Retrospectives_CustomerRating" CHECK ("CustomerRating" BETWEEN 1 AND 5),
    CONSTRAINT "FK_Retrospectives_Requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Requests" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ActionItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionItems" PRIMARY KEY AUTOINCREMENT,
    "RetrospectiveId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "OwnerId" INTEGER NULL,
    "DueAt" TEXT NULL,
    "Done" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionItems_Retrospectives_RetrospectiveId" FOREIGN KEY ("RetrospectiveId") REFERENCES "Retrospectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionItems_StaffMembers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "StaffMembers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "RetrospectiveParticipants" (
    "RetrospectiveId" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    CONSTRAINT "PK_RetrospectiveParticipants" PRIMARY KEY ("RetrospectiveId", "StaffMemberId"),
    CONSTRAINT "FK_RetrospectiveParticipants_Retrospectives_RetrospectiveId" FOREIGN KEY ("RetrospectiveId") REFERENCES "Retrospectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RetrospectiveParticipants_StaffMembers_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ActionItems_OwnerId" ON "ActionItems" ("OwnerId");

CREATE INDEX "IX_ActionItems_RetrospectiveId" ON "ActionItems" ("RetrospectiveId");

CREATE INDEX "IX_ApiKeys_CustomerId" ON "ApiKeys" ("CustomerId");

CREATE UNIQUE INDEX "IX_ApiKeys_Hash" ON "ApiKeys" ("Hash");

CREATE UNIQUE INDEX "IX_ApiKeys_Name" ON "ApiKeys" ("Name");

CREATE UNIQUE INDEX "IX_Customers_Email" ON "Customers" ("Email");

CREATE INDEX "IX_CustomerUsualContacts_StaffMemberId" ON "CustomerUsualContacts" ("StaffMemberId");

CREATE INDEX "IX_Expectations_DueAt" ON "Expectations" ("DueAt");

CREATE INDEX "IX_Expectations_ReplacedById" ON "Expectations" ("ReplacedById");

CREATE INDEX "IX_Expectations_RequestId" ON "Expectations" ("RequestId");

CREATE INDEX "IX_ExternalReferences_RequestId" ON "ExternalReferences" ("RequestId");

CREATE UNIQUE INDEX "IX_ExternalReferences_System_ExternalId" ON "ExternalReferences" ("System", "ExternalId");

CREATE INDEX "IX_InteractionParticipants_StaffMemberId" ON "InteractionParticipants" ("StaffMemberId");

CREATE INDEX "IX_Interactions_CustomerId" ON "Interactions" ("CustomerId");

CREATE INDEX "IX_Interactions_OccurredAt" ON "Interactions" ("OccurredAt");

CREATE INDEX "IX_Interactions_RequestId" ON "Interactions" ("RequestId");

CREATE INDEX "IX_Requests_CustomerId" ON "Requests" ("CustomerId");

CREATE INDEX "IX_Requests_DecidedById" ON "Requests" ("DecidedById");

CREATE UNIQUE INDEX "IX_Requests_Number" ON "Requests" ("Number");

CREATE INDEX "IX_Requests_OwnerId" ON "Requests" ("OwnerId");

CREATE INDEX "IX_Requests_Status" ON "Requests" ("Status");

CREATE INDEX "IX_RetrospectiveParticipants_StaffMemberId" ON "RetrospectiveParticipants" ("StaffMemberId");

CREATE INDEX "IX_Retrospectives_RequestId" ON "Retrospectives" ("RequestId");

CREATE UNIQUE INDEX "IX_StaffMembers_Email" ON "StaffMembers" ("Email");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122000000_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Events" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "Id" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "RequestId" INTEGER NULL,
    "CustomerId" INTEGER NULL,
    "PreviousStatus" TEXT NULL,
    "Status" TEXT NULL,
    "Actor" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "Note" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Events_Id" ON "Events" ("Id");

CREATE INDEX "IX_Events_RequestId_Sequence" ON "Events" ("RequestId", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130000000_Events', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Expectations" ADD "AtRiskRaisedAt" TEXT NULL;

ALTER TABLE "Expectations" ADD "UpdateDueRaisedAt" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130010000_ExpectationMonitor', '10.0.15');

COMMIT;

