variable "meshes" {
  description = "Service meshes, one per team."
  type        = set(string)
  default     = ["payments", "catalog"]
}

resource "aws_appmesh_mesh" "team" {
  for_each = var.meshes
  name     = each.key
  spec {
    egress_filter {
      type = "ALLOW_ALL" # want AWS-403
    }
  }
}
