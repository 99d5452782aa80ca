resource "aws_appmesh_mesh" "shop" {
  name = "shop"
  spec {
    egress_filter {
      type = "DROP_ALL"
    }
  }
}
