package engine

import (
	"runtime/metrics"
	"sync"
)

// rootGate bounds the Terraform roots evaluated at once by memory rather
// than by count. How much a root holds while it is evaluated cannot be
// told from its input: on the real-world corpus, roots of 450 KB of
// Terraform allocate from 20 MB to 380 MB and hold from 1 MB to 30 MB
// (the expansion depends on variable values), and two of the heavy ones
// evaluated together set the scan's peak. So the gate watches the live
// heap instead: a root starts when no other is in flight, or when the
// live heap has grown by less than heavy since each root in flight
// started. A heavy root thus ends up evaluated alone, while the light
// ones, nearly all of them, run side by side on every worker.
//
// The live heap is what the last garbage collection kept
// (/gc/heap/live:bytes), read when a root asks to start and each time
// one ends. Which roots run together never changes what they give: each
// root's result has its place (evaluateTerraform).
type rootGate struct {
	// heavy is the growth of the live heap, in bytes, beyond which no
	// other root starts; 0 turns the gate off (count only).
	heavy uint64
	// live reads the live heap; tests replace it.
	live func() uint64

	mu   sync.Mutex
	cond *sync.Cond
	// started holds the live heap when each root in flight started, by
	// a token of the root.
	started map[int]uint64
	next    int
}

// heavyRoot is rootGate.heavy for scans: a root that has grown the live
// heap by this much is evaluated alone. Most roots of the corpus hold a
// few MB; its heaviest, 20 to 30 MB.
const heavyRoot = 16 << 20

func newRootGate(heavy uint64) *rootGate {
	g := &rootGate{heavy: heavy, live: LiveHeap, started: map[int]uint64{}}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// enter waits until a root may start and returns its token for leave.
func (g *rootGate) enter() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.roomLocked() {
		g.cond.Wait()
	}
	tok := g.next
	g.next++
	g.started[tok] = g.live()
	return tok
}

// roomLocked reports whether another root may start now.
func (g *rootGate) roomLocked() bool {
	if len(g.started) == 0 || g.heavy == 0 {
		return true
	}
	now := g.live()
	for _, at := range g.started {
		if now > at && now-at >= g.heavy {
			return false
		}
	}
	return true
}

// leave records that the root of token tok is done.
func (g *rootGate) leave(tok int) {
	g.mu.Lock()
	delete(g.started, tok)
	g.mu.Unlock()
	g.cond.Broadcast()
}

// LiveHeap returns the bytes of heap the last garbage collection kept (the
// command's soft memory limit reads it too).
func LiveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
