package terraform

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/soc2lint/soc2lint/parser"
)

// rootVariables sets the root module's variables with Terraform's
// precedence, lowest first: defaults, TF_VAR_ environment variables,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical
// order, then --var and --var-file in command-line order.
func (ev *evaluator) rootVariables() {
	ev.declareDefaults(nil)
	p := ev.run.project
	for _, name := range sortedKeys(p.Env) {
		if _, declared := ev.decls.variables[name]; declared {
			ev.setRaw(name, p.Env[name], "var."+name+" from TF_VAR_"+name)
		}
	}
	files := append([]*File(nil), ev.mod.VarFiles...)
	rank := func(f *File) string {
		base := f.Path[strings.LastIndex(f.Path, "/")+1:]
		switch base {
		case "terraform.tfvars":
			return "0"
		case "terraform.tfvars.json":
			return "1"
		}
		return "2" + base
	}
	sort.SliceStable(files, func(i, j int) bool { return rank(files[i]) < rank(files[j]) })
	for _, f := range files {
		ev.applyVarFile(f)
	}
	for _, vs := range p.Vars {
		if vs.File != nil {
			ev.applyVarFile(vs.File)
		} else if _, declared := ev.decls.variables[vs.Name]; declared {
			ev.setRaw(vs.Name, vs.Value, "var."+vs.Name+" from --var")
		}
	}
	ev.applyTypes()
}

// moduleVariables sets a called module's variables from its defaults and
// the arguments of the call.
func (ev *evaluator) moduleVariables(inputs map[string]*parser.Value, addr string) {
	// The default of a variable the call passes is not evaluated: the
	// argument replaces it below.
	ev.declareDefaults(func(name string) bool {
		v, ok := inputs[name]
		return ok && !ev.substitutesDefault(name, v)
	})
	for name, v := range inputs {
		if _, declared := ev.decls.variables[name]; declared {
			if ev.substitutesDefault(name, v) {
				continue
			}
			ev.vars[name] = v
			ev.varNotes[name] = "var." + name + " of " + addr
		}
	}
	ev.applyTypes()
}

// substitutesDefault reports whether Terraform substitutes the default of
// variable name for the argument v: a null for a variable declared
// nullable = false.
func (ev *evaluator) substitutesDefault(name string, v *parser.Value) bool {
	return v.Kind == parser.Null && ev.notNullable(name)
}

// notNullable reports whether variable name is declared nullable = false:
// a null given for it then stands for its default.
func (ev *evaluator) notNullable(name string) bool {
	a, ok := ev.decls.variableAttr(name, "nullable")
	if !ok {
		return false
	}
	v, diags := a.Expr.Value(nil)
	return !diags.HasErrors() && v.Type() == cty.Bool && v.IsKnown() && !v.IsNull() && v.False()
}

// declareDefaults sets every variable to its default, or to an unknown
// value when it has none, but the variables passed says are set (nil:
// none).
func (ev *evaluator) declareDefaults(passed func(name string) bool) {
	for name, b := range ev.decls.variables {
		if passed != nil && passed(name) {
			continue
		}
		def, ok := ev.decls.variableAttr(name, "default")
		if !ok {
			ev.vars[name] = parser.UnknownValue(convertRange(b.DefRange), "var."+name+" has no value")
			continue
		}
		val := ev.defaultValue(name, func() cty.Value {
			val, _ := def.Expr.Value(nil)
			return val
		})
		v := toValue(val, def.Expr, nil, 0)
		ev.vars[name] = v
		ev.varNotes[name] = "var." + name + " default"
		ev.setDefault(name, v, false)
	}
}

// setDefault records that v, variable name's value, is its default as
// declareDefaults set it (typed false) or as applyTypes then converted it
// (typed true): while the variable holds that very value, the
// conversions of the module's declarations (see defaultCache) apply.
func (ev *evaluator) setDefault(name string, v *parser.Value, typed bool) {
	if ev.defaults == nil {
		ev.defaults = map[string]defaultState{}
	}
	st := ev.defaults[name]
	if typed {
		st.typed = v
	} else {
		st.declared = v
	}
	ev.defaults[name] = st
}

// defaultState is what setDefault recorded of one variable.
type defaultState struct {
	declared, typed *parser.Value
}

func (ev *evaluator) applyVarFile(f *File) {
	if f == nil || f.HCL == nil {
		return
	}
	attrs, diags := f.HCL.Body.JustAttributes()
	ev.addDiags(diags)
	for _, name := range sortedKeys(attrs) {
		if _, declared := ev.decls.variables[name]; !declared {
			continue
		}
		a := attrs[name]
		val, _ := a.Expr.Value(nil)
		if val.IsNull() && ev.notNullable(name) {
			continue
		}
		ev.vars[name] = toValue(val, a.Expr, nil, 0)
		ev.varNotes[name] = "var." + name
	}
}

// setRaw sets a variable from a command-line or environment string: a
// literal string for string-typed (or untyped) variables, else an HCL
// expression, as Terraform reads them.
func (ev *evaluator) setRaw(name, raw, note string) {
	rng := parser.Range{File: strings.TrimPrefix(note, "var."+name+" from ")}
	ty := ev.declaredType(name)
	if ty == cty.NilType || ty == cty.String || ty == cty.DynamicPseudoType {
		ev.vars[name] = parser.StringValue(raw, rng)
		ev.varNotes[name] = note
		return
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), rng.File, hcl.InitialPos)
	if diags.HasErrors() {
		ev.diag(parser.SevError, "invalid value for variable", fmt.Sprintf("var.%s: %s", name, diags.Error()), rng)
		return
	}
	val, vdiags := expr.Value(nil)
	if vdiags.HasErrors() {
		// "yes" for a bool or "22,80" for a list: Terraform refuses it.
		ev.diag(parser.SevWarning, "invalid value for variable",
			fmt.Sprintf("var.%s (%s) is %s, but %q is not a valid value of that type; the value is treated as unknown",
				name, strings.TrimPrefix(note, "var."+name+" from "), ty.FriendlyName(), raw), rng)
		ev.vars[name] = parser.UnknownValue(rng, "var."+name+" is not a valid "+ty.FriendlyName())
		ev.varNotes[name] = note
		return
	}
	v := toValue(val, expr, nil, 0)
	v.Range = rng
	ev.vars[name] = v
	ev.varNotes[name] = note
}

func (ev *evaluator) declaredType(name string) cty.Type {
	a, ok := ev.decls.variableAttr(name, "type")
	if !ok {
		return cty.NilType
	}
	ty, _ := typeexpr.TypeConstraint(a.Expr)
	return ty
}

// applyTypes converts every known variable to its declared type, applying
// optional() attribute defaults, as Terraform does before using it. The
// positions of the original value are kept.
func (ev *evaluator) applyTypes() {
	for _, name := range ev.decls.variableNames {
		v := ev.vars[name]
		if v == nil || !v.IsKnown() {
			continue
		}
		vt, ok := ev.decls.varTypes[name]
		if !ok {
			continue
		}
		if ev.varTypes == nil {
			ev.varTypes = map[string]cty.Type{}
		}
		ev.varTypes[name] = vt.ty
		var out cty.Value
		var err error
		atDefault := ev.defaults[name].declared == v
		if atDefault {
			out, err = ev.typedDefault(name, func() (cty.Value, error) { return convertTyped(v, vt) })
		} else {
			out, err = convertTyped(v, vt)
		}
		if err != nil {
			ev.diag(parser.SevWarning, "invalid value for variable",
				fmt.Sprintf("var.%s: %s; the value is treated as unknown", name, err), v.Range)
			ev.vars[name] = parser.UnknownValue(v.Range, "var."+name+" does not match its type")
			continue
		}
		ev.vars[name] = overlay(out, v, 0)
		if atDefault {
			ev.setDefault(name, ev.vars[name], true)
		}
	}
}

// typedVar is the value of var.name for expressions: converted back to
// its declared type, since parser values do not tell a list from a set or
// an object from a map. A value that does not convert is used as it is.
func (ev *evaluator) typedVar(name string, v *parser.Value) cty.Value {
	if st, ok := ev.defaults[name]; ok && st.typed == v {
		return ev.usedDefault(name, v)
	}
	return ev.typedVarOf(name, v)
}

// typedVarOf is typedVar without the module's cache of defaults.
func (ev *evaluator) typedVarOf(name string, v *parser.Value) cty.Value {
	cv := fromValueOrUnknown(v)
	ty, ok := ev.varTypes[name]
	if !ok || ty == cty.DynamicPseudoType || !whollyKnown(cv) {
		return cv
	}
	if out, err := convert.Convert(cv, ty); err == nil {
		return out
	}
	return cv
}

// overlay converts cv to a parser.Value that keeps the positions and
// provenance of orig wherever orig has a matching part.
func overlay(cv cty.Value, orig *parser.Value, depth int) *parser.Value {
	cv, marks := cv.Unmark()
	base := (&parser.Value{Range: orig.Range, KeyRange: orig.KeyRange}).SetExtra(parser.Extra{Via: orig.Via(), Refs: orig.Refs(), Uses: orig.Uses()})
	switch {
	case depth > maxValueDepth || !cv.IsKnown():
		base.Kind = parser.Unknown
		if base.SetWhy(reasonOf(marks)); base.Why() == "" {
			base.SetWhy(orig.Why())
		}
		if base.Why() == "" {
			base.SetWhy("part of a variable value that is not known")
		}
	case cv.IsNull():
		base.Kind = parser.Null
	case cv.Type() == cty.String:
		base.Kind, base.Str = parser.String, cv.AsString()
	case cv.Type() == cty.Number:
		bf := cv.AsBigFloat()
		base.Kind, base.Str = parser.Number, numberText(bf)
		base.Num, _ = bf.Float64()
	case cv.Type() == cty.Bool:
		base.Kind, base.Bool = parser.Bool, cv.True()
	case cv.Type().IsListType() || cv.Type().IsTupleType() || cv.Type().IsSetType():
		base.Kind = parser.List
		i := 0
		elements(cv, func(_ string, e cty.Value) {
			o := orig
			if orig.Kind == parser.List && i < len(orig.Elems) && !cv.Type().IsSetType() {
				o = orig.Elems[i]
			}
			i++
			base.Elems = append(base.Elems, overlay(e, o, depth+1))
		})
	case cv.Type().IsMapType() || cv.Type().IsObjectType():
		base.Kind = parser.Object
		base.Attrs = map[string]*parser.Value{}
		elements(cv, func(k string, e cty.Value) {
			o := orig
			if x := orig.Get(k); x != nil {
				o = x
			}
			base.Attrs[k] = overlay(e, o, depth+1)
		})
	default:
		base.Kind = parser.Unknown
	}
	return base
}

// EnvVars returns the TF_VAR_ variables of an environment (os.Environ's
// form), by variable name.
func EnvVars(environ []string) map[string]string {
	out := map[string]string{}
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && strings.HasPrefix(k, "TF_VAR_") {
			out[strings.TrimPrefix(k, "TF_VAR_")] = v
		}
	}
	return out
}
