package eval

import (
	"encoding/json"
	"errors"
	"io"

	"dateline"
)

// ReadEvents reads dateline's JSON Lines event output from r: one event
// object a line, blank lines skipped. name is used in errors, which read
// name:line: message.
func ReadEvents(r io.Reader, name string) ([]dateline.Event, error) {
	var events []dateline.Event
	err := eachLine(r, func(_ int, line []byte) error {
		if line[0] != '{' {
			return errors.New("not a JSON object")
		}
		var e dateline.Event
		if err := json.Unmarshal(line, &e); err != nil {
			return err
		}
		events = append(events, e)
		return nil
	}, name)
	if err != nil {
		return nil, err
	}
	return events, nil
}
