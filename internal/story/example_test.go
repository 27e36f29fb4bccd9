package story_test

import (
	"fmt"
	"strings"
	"time"

	"dateline"
	"dateline/internal/story"
)

func ExampleReadText() {
	text := `Italy hosts Libya rivals

By PAOLO SANTALUCIA November 13, 2018 at 4:09 AM CST - Updated November 13 at 5:18 AM

PALERMO, Sicily (AP) — Italy's premier hosted a meeting Tuesday of Libya's rival leaders.

Nicole Winfield in Rome contributed.`
	s, err := story.ReadText("stories/palermo.txt", []byte(text), story.Options{Date: time.Now()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID, "|", s.Headline, "|", s.Byline)
	fmt.Println(s.Published.Format(time.RFC3339), s.Updated.Format(time.Kitchen))
	fmt.Printf("%+v\n", *s.Dateline)
	fmt.Println(s.Body)
	fmt.Println(s.Contributors)
	// Output:
	// palermo | Italy hosts Libya rivals | [Paolo Santalucia]
	// 2018-11-13T04:09:00-06:00 5:18AM
	// {Text:PALERMO, Sicily Place:Palermo Admin1:Sicily Country: Agency:AP}
	// Italy's premier hosted a meeting Tuesday of Libya's rival leaders.
	// [{Nicole Winfield Rome}]
}

func ExampleReadJSONL() {
	input := `{"id": "s1", "text": "Rebels seized the town on Monday.", "date": "2015-06-09"}
{"id": "s2", "text": ""}
`
	_ = story.ReadJSONL("gold.jsonl", strings.NewReader(input), story.Options{}, func(s dateline.Story, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil
		}
		fmt.Println(s.ID, s.Published.Format(time.DateOnly), s.Body)
		return nil
	})
	// Output:
	// s1 2015-06-09 Rebels seized the town on Monday.
	// error: gold.jsonl:2: id "s2": text: empty text
}
