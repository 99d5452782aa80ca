package engine

import (
	"runtime"
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
// A root cannot be stopped once started, but it can be held between two
// steps: at each module call its evaluation reaches (atCall), a root
// waits while another root in flight that is not waiting itself has grown
// the live heap by heavy. Two heavy roots that started close together, or
// a heavy one that started beside light ones still running, thus no
// longer grow side by side: the others hold what they had when they
// stopped, and go on once the heavy one is done. A root waits only on one
// that runs, so some root in flight always runs (no deadlock, however
// many wait), and a cancelled scan (stop) holds none.
//
// The live heap is what the last garbage collection kept
// (/gc/heap/live:bytes), read when a root asks to start or to go on past a
// module call, and again after every collection while a root waits: what
// a heavy root held stays in that figure until the collection after it
// is done, and a root waiting on another that the figure alone made
// heavy (a light root charged with the growth of a heavy one that ran
// beside it and is done) used to wait until that other root was done too,
// one worker idle. Which roots run together never changes what they give:
// each root's result has its place (evaluateTerraform), and waiting only
// delays a root's evaluation.
type rootGate struct {
	// heavy is the growth of the live heap, in bytes, beyond which no
	// other root starts or goes on past a module call; 0 turns the gate
	// off (count only).
	heavy uint64
	// live reads the live heap; tests replace it.
	live func() uint64

	mu   sync.Mutex
	cond *sync.Cond
	// flight are the roots in flight, by directory.
	flight map[string]*inFlight
	// stopped is set once the scan is cancelled: nothing waits any more.
	stopped bool
	// waiting counts the roots waiting to start or at a module call, and
	// armed is set while a collection is to wake them (wait).
	waiting int
	armed   bool
}

// inFlight is one root in flight.
type inFlight struct {
	// at is the live heap when the root started.
	at uint64
	// waiting is true while the root waits at a module call.
	waiting bool
}

// heavyRoot is rootGate.heavy for scans: a root that has grown the live
// heap by this much is evaluated alone. Most roots of the corpus hold a
// few MB; its heaviest, 20 to 30 MB.
const heavyRoot = 16 << 20

func newRootGate(heavy uint64) *rootGate {
	g := &rootGate{heavy: heavy, live: LiveHeap, flight: map[string]*inFlight{}}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// enter waits until the root in directory root may start.
func (g *rootGate) enter(root string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.roomLocked() {
		g.wait()
	}
	g.flight[root] = &inFlight{at: g.live()}
}

// roomLocked reports whether another root may start now: none in flight
// has grown heavy, whether it runs or waits.
func (g *rootGate) roomLocked() bool {
	if len(g.flight) == 0 || g.heavy == 0 || g.stopped {
		return true
	}
	now := g.live()
	for _, f := range g.flight {
		if g.grownLocked(f, now) {
			return false
		}
	}
	return true
}

// grownLocked reports whether the live heap has grown by heavy since f
// started.
func (g *rootGate) grownLocked(f *inFlight, now uint64) bool {
	return now > f.at && now-f.at >= g.heavy
}

// atCall holds the root in directory root, at a module call, while another
// root in flight that does not wait itself has grown heavy. It returns at
// once for a root the gate does not know.
func (g *rootGate) atCall(root string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	self := g.flight[root]
	if self == nil || g.heavy == 0 {
		return
	}
	for g.heavyOtherLocked(root) {
		self.waiting = true
		g.wait()
	}
	self.waiting = false
}

// heavyOtherLocked reports whether a root in flight other than root, and
// not waiting, has grown heavy.
func (g *rootGate) heavyOtherLocked(root string) bool {
	if g.stopped {
		return false
	}
	now := g.live()
	for r, f := range g.flight {
		if r != root && !f.waiting && g.grownLocked(f, now) {
			return true
		}
	}
	return false
}

// wait waits, g.mu held, until a root leaves, the scan is cancelled or the
// next garbage collection is done: the live heap, which decides whether
// a root may go on, changes only then.
func (g *rootGate) wait() {
	g.waiting++
	if !g.armed {
		g.armed = true
		g.armCollection()
	}
	g.cond.Wait()
	g.waiting--
}

// armCollection has the next garbage collection wake the waiting roots
// (a finalizer runs once the collection that freed its object is done),
// and the one after it while any still waits.
func (g *rootGate) armCollection() {
	runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
		g.mu.Lock()
		if g.waiting > 0 && !g.stopped {
			g.armCollection()
		} else {
			g.armed = false
		}
		g.mu.Unlock()
		g.cond.Broadcast()
	})
}

// leave records that the root in directory root is done.
func (g *rootGate) leave(root string) {
	g.mu.Lock()
	delete(g.flight, root)
	g.mu.Unlock()
	g.cond.Broadcast()
}

// stop lets every root start and go on from now on: the scan is
// cancelled, and roots still in flight must not wait for one another.
func (g *rootGate) stop() {
	g.mu.Lock()
	g.stopped = true
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
