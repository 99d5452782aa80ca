package engine

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
)

func TestRootGateRoom(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name    string
		heavy   uint64
		started []uint64 // live heap when each root in flight started
		now     uint64
		want    bool
	}{
		{"none in flight", 16 * mb, nil, 500 * mb, true},
		{"one light root", 16 * mb, []uint64{40 * mb}, 50 * mb, true},
		{"one heavy root", 16 * mb, []uint64{40 * mb}, 56 * mb, false},
		{"heap shrank since", 16 * mb, []uint64{60 * mb}, 40 * mb, true},
		{"the older root heavy", 16 * mb, []uint64{30 * mb, 50 * mb}, 52 * mb, false},
		{"both light", 16 * mb, []uint64{45 * mb, 50 * mb}, 52 * mb, true},
		{"gate off", 0, []uint64{0}, 500 * mb, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := newRootGate(tc.heavy)
			g.live = func() uint64 { return tc.now }
			for i, at := range tc.started {
				g.flight[fmt.Sprint(i)] = &inFlight{at: at}
			}
			if got := g.roomLocked(); got != tc.want {
				t.Errorf("room = %v, want %v", got, tc.want)
			}
		})
	}
}

// testGate returns a gate whose live heap the test sets.
func testGate(heavy uint64) (*rootGate, func(uint64)) {
	g := newRootGate(heavy)
	live := uint64(0)
	// The gate reads live under g.mu; setLive writes it under g.mu too.
	g.live = func() uint64 { return live }
	return g, func(v uint64) { g.mu.Lock(); live = v; g.mu.Unlock() }
}

// waitDone fails unless done is closed within a generous time.
func waitDone(t *testing.T, done <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal(what)
	}
}

// stillWaiting fails if done is closed within a short time.
func stillWaiting(t *testing.T, done <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-done:
		t.Fatal(what)
	case <-time.After(50 * time.Millisecond):
	}
}

// TestRootGateWaits: a root asking to start beside a heavy one waits until
// that one leaves, then starts.
func TestRootGateWaits(t *testing.T) {
	g, setLive := testGate(10)
	g.enter("heavy")
	setLive(20)
	started := make(chan struct{})
	go func() { g.enter("next"); close(started) }()
	stillWaiting(t, started, "a root started beside a heavy one")
	g.leave("heavy")
	waitDone(t, started, "the waiting root did not start once the heavy one left")
	g.leave("next")
}

// TestRootGateHoldsAtCall: a root that started beside a light root that
// then grew heavy waits at its next module call until the heavy one is
// done; the heavy one itself goes on past its own calls.
func TestRootGateHoldsAtCall(t *testing.T) {
	g, setLive := testGate(10)
	g.enter("a")
	setLive(5)
	g.enter("b") // a is light: b starts beside it
	setLive(12)  // a has grown heavy, b not
	g.atCall("a")
	past := make(chan struct{})
	go func() { g.atCall("b"); close(past) }()
	stillWaiting(t, past, "b went on past a module call beside the heavy a")
	// a, the one running, goes on past its calls while b waits.
	g.atCall("a")
	g.leave("a")
	waitDone(t, past, "b stayed held once a was done")
	g.leave("b")
	g.atCall("unknown") // a root the gate does not know never waits
}

// TestRootGateNoDeadlock: every root in flight heavy and all of them
// reaching a module call at once: one goes on at a time, never all wait.
// Run it with -race too.
func TestRootGateNoDeadlock(t *testing.T) {
	for _, n := range []int{2, 3, 8} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			g, setLive := testGate(10)
			for i := range n {
				g.enter(fmt.Sprint(i))
			}
			setLive(100) // every root in flight is heavy
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					root := fmt.Sprint(i)
					for range 3 { // three module calls, then done
						g.atCall(root)
					}
					g.leave(root)
				}()
			}
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			waitDone(t, done, "roots waiting at module calls deadlocked")
		})
	}
}

// TestRootGateStop: once the scan is cancelled, a root held at a call or
// at the start goes on, though the heavy root never leaves.
func TestRootGateStop(t *testing.T) {
	g, setLive := testGate(10)
	g.enter("heavy")
	g.enter("held")
	setLive(20)
	past, started := make(chan struct{}), make(chan struct{})
	go func() { g.atCall("held"); close(past) }()
	go func() { g.enter("late"); close(started) }()
	stillWaiting(t, past, "held went on beside the heavy root")
	g.stop()
	waitDone(t, past, "a held root stayed held after the scan was cancelled")
	waitDone(t, started, "a root waiting to start stayed waiting after the scan was cancelled")
}

// TestRootGateWakesAfterCollection: a root waiting to start beside one
// that the live heap made heavy starts once a collection finds the heap
// small again, though that root is still in flight.
func TestRootGateWakesAfterCollection(t *testing.T) {
	g, setLive := testGate(10)
	g.enter("a")
	setLive(20) // a looks heavy: another root grew the heap beside it
	started := make(chan struct{})
	go func() { g.enter("b"); close(started) }()
	stillWaiting(t, started, "b started beside a heavy root")
	setLive(5) // the other root's garbage is collected
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-started:
				close(done)
				return
			default:
				runtime.GC()
				time.Sleep(time.Millisecond)
			}
		}
	}()
	waitDone(t, done, "b waited for a to leave though a collection found the heap small")
	g.leave("a")
	g.leave("b")
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.waiting != 0 {
		t.Errorf("%d roots counted as waiting, none waits", g.waiting)
	}
}
