package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"dateline"
)

// Item is one story to code, or the error that kept it from being read.
type Item struct {
	Story dateline.Story
	Err   error
}

// Run codes the items received from in with workers goroutines (0 means
// one per CPU) and calls emit once per item, in the order the items came,
// with the coded story or the item's error. At most a few items per worker
// are held at once, however long the input. Run returns when in is closed
// and every item is emitted, when emit returns an error, or when ctx ends.
func (c *Coder) Run(ctx context.Context, workers int, in <-chan Item, emit func(*dateline.Coded, error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item Item
	}
	type done struct {
		seq   int
		coded *dateline.Coded
		err   error
	}
	window := make(chan struct{}, 4*workers) // items between intake and emit
	jobs := make(chan job)
	results := make(chan done, workers)

	go func() { // intake: number the items in order
		defer close(jobs)
		seq := 0
		for {
			select {
			case <-ctx.Done():
				return
			case it, ok := <-in:
				if !ok {
					return
				}
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{seq, it}:
					seq++
				case <-ctx.Done():
					return
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := done{seq: j.seq, err: j.item.Err}
				if d.err == nil {
					d.coded, d.err = c.codeSafely(ctx, &j.item.Story)
				}
				select {
				case results <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]done{}
	next := 0
	for d := range results {
		pending[d.seq] = d
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := emit(r.coded, r.err); err != nil {
				cancel()
				for range results { // let the workers finish
				}
				return err
			}
		}
	}
	return ctx.Err()
}

// codeSafely codes one story and turns a panic in any stage into an error
// naming the story, so one bad story cannot stop a run.
func (c *Coder) codeSafely(ctx context.Context, st *dateline.Story) (coded *dateline.Coded, err error) {
	defer func() {
		if r := recover(); r != nil {
			coded, err = nil, fmt.Errorf("code story %s: internal error: %v", st.ID, r)
		}
	}()
	return c.Code(ctx, st)
}
