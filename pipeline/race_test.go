//go:build race

package pipeline

// raceDetector reports whether the tests run under the race detector, whose
// instrumentation makes coding allocate many times the memory it does in a
// real build (44 MB instead of 2 MB for the 200-paragraph profile).
const raceDetector = true
