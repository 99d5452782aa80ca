package terraform

import (
	"sync"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/soc2lint/soc2lint/parser"
)

// A variable's default is the same in every instance of its module: a
// constant expression, evaluated without a context. Every instance used to
// evaluate it, convert it to the declared type (applyTypes) and convert it
// again for the expressions that read it (typedVar); a module called many
// times with a large default (terraform-aws-security-group's rules, a map
// of some 200 lists, in each of its 60 wrappers) spent most of its
// evaluation there. The module's declarations now keep these cty values,
// computed once by the first instance that needs them; each instance
// still builds its own positioned values (toValue, overlay), which are
// the same as before. The cached values are functions of the default's
// expression alone: toValue, fromValue, overlay and the conversions read
// the values' contents, not where an instance put them.

// defaultCache holds the cty values of a module's variable defaults.
type defaultCache struct {
	mu   sync.Mutex
	vars map[string]*varDefault
}

// varDefault is what every instance computes the same from one variable's
// default.
type varDefault struct {
	// val is the default's value (def.Expr.Value(nil)).
	valOnce sync.Once
	val     cty.Value
	// typed is the default converted to the declared type, optional()
	// attribute defaults applied (applyTypes), or the conversion's error.
	typedOnce sync.Once
	typed     cty.Value
	typedErr  error
	// used is typedVar's value for the default once typed.
	usedOnce sync.Once
	used     cty.Value
}

func (c *defaultCache) of(name string) *varDefault {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.vars[name]
	if d == nil {
		if c.vars == nil {
			c.vars = map[string]*varDefault{}
		}
		d = &varDefault{}
		c.vars[name] = d
	}
	return d
}

// defaultValue is the value of variable name's default, whose attribute
// is def.
func (ev *evaluator) defaultValue(name string, eval func() cty.Value) cty.Value {
	d := ev.decls.defaults.of(name)
	d.valOnce.Do(func() { d.val = eval() })
	return d.val
}

// typedDefault is applyTypes' conversion of v, the default of variable
// name as declareDefaults set it.
func (ev *evaluator) typedDefault(name string, convert func() (cty.Value, error)) (cty.Value, error) {
	d := ev.decls.defaults.of(name)
	d.typedOnce.Do(func() { d.typed, d.typedErr = convert() })
	return d.typed, d.typedErr
}

// usedDefault is typedVar's value of v, the default of variable name as
// applyTypes set it.
func (ev *evaluator) usedDefault(name string, v *parser.Value) cty.Value {
	d := ev.decls.defaults.of(name)
	d.usedOnce.Do(func() { d.used = ev.typedVarOf(name, v) })
	return d.used
}

// convertTyped is applyTypes' conversion of v to vt.
func convertTyped(v *parser.Value, vt varType) (cty.Value, error) {
	cv := fromValue(v)
	if vt.defaults != nil {
		cv = vt.defaults.Apply(cv)
	}
	return convert.Convert(cv, vt.ty)
}
