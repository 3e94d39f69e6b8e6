"""The Qt-free core: plan model, storage, documents. Nothing here imports Qt."""
