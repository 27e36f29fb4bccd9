// Package bench holds dateline's benchmarks across stages: each stage alone
// and the whole pipeline, on the synthetic wire stories in ../testdata/news.
// It has no code of its own; run it with
//
//	go test -run XXX -bench . ./bench/
//
// Every benchmark reports sentences/s. Timing is never asserted.
package bench
