package engine

import (
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
				g.started[i] = at
			}
			if got := g.roomLocked(); got != tc.want {
				t.Errorf("room = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRootGateWaits: a root asking to start beside a heavy one waits until
// that one leaves, then starts.
func TestRootGateWaits(t *testing.T) {
	g := newRootGate(10)
	live := uint64(0)
	// enter reads live under g.mu; setLive writes it under g.mu too.
	g.live = func() uint64 { return live }
	setLive := func(v uint64) { g.mu.Lock(); live = v; g.mu.Unlock() }
	heavy := g.enter()
	setLive(20)
	started := make(chan int)
	go func() { started <- g.enter() }()
	select {
	case <-started:
		t.Fatal("a root started beside a heavy one")
	case <-time.After(50 * time.Millisecond):
	}
	g.leave(heavy)
	select {
	case tok := <-started:
		g.leave(tok)
	case <-time.After(10 * time.Second):
		t.Fatal("the waiting root did not start once the heavy one left")
	}
}
