%{ if enabled }on ${n}%{ else }off%{ endif }
