#!/usr/bin/env bash
# Adds a migration with the same name to both database providers: ./add-migration.sh AddCourtEvents
set -euo pipefail
name="${1:?usage: ./add-migration.sh MigrationName}"
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="src/FamilyCase.Data.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
