resource "aws_appmesh_mesh" "default_filter" {
  name = "payments"
}

resource "aws_appmesh_mesh" "explicit" {
  name = "catalog"
  spec {
    egress_filter {
      type = "DROP_ALL"
    }
  }
}
