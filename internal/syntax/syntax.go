// Package syntax reads a sentence's structure once, for every later stage:
// a part of speech and lemma per token, chunks (noun phrases, verb groups,
// prepositions), clauses and the relations between chunks (subject,
// objects, passive agent, prepositional attachments, coordination,
// apposition). The result is a dateline.Analysis on the sentence; stages
// read it without importing this package.
package syntax

//go:generate go run ./internal/gen -out data
