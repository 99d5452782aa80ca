# precondition and postcondition blocks (on a resource and an output) are
# checks, not settings; an import block adopts a resource that is
# declared, and creates none of its own.
resource "terraform_data" "guarded" {
  input = "x"

  lifecycle {
    precondition {
      condition     = terraform.workspace == "default"
      error_message = "wrong workspace"
    }
    postcondition {
      condition     = self.input == "x"
      error_message = "input changed"
    }
  }
}

import {
  to = terraform_data.imported
  id = "abc"
}

resource "terraform_data" "imported" {
  input = "y"
}

output "guarded" {
  value = terraform_data.guarded.input

  precondition {
    condition     = length(terraform_data.guarded.input) == 1
    error_message = "too long"
  }
}

output "imported" {
  value = terraform_data.imported.input
}
