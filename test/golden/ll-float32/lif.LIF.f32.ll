; BrainTS kernel for neuron model LIF (models/lif.ts:8), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, t_last, I.
; Group-uniform parameters (params): tau, V_rest, V_reset, V_th, R, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'LIF.cpu'
source_filename = "models/lif.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @LIF_update__f32(float** %fields, float* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/lif.ts:26  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds float*, float** %fields, i64 0, !dbg !7
  %V.ptr = load float*, float** %V.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds float*, float** %fields, i64 1, !dbg !7
  %t_last.ptr = load float*, float** %t_last.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds float*, float** %fields, i64 2, !dbg !7
  %I.ptr = load float*, float** %I.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds float, float* %params, i64 0, !dbg !7
  %tau = load float, float* %tau.slot, align 4, !dbg !7
  %V_rest.slot = getelementptr inbounds float, float* %params, i64 1, !dbg !7
  %V_rest = load float, float* %V_rest.slot, align 4, !dbg !7
  %V_reset.slot = getelementptr inbounds float, float* %params, i64 2, !dbg !7
  %V_reset = load float, float* %V_reset.slot, align 4, !dbg !7
  %V_th.slot = getelementptr inbounds float, float* %params, i64 3, !dbg !7
  %V_th = load float, float* %V_th.slot, align 4, !dbg !7
  %R.slot = getelementptr inbounds float, float* %params, i64 4, !dbg !7
  %R = load float, float* %R.slot, align 4, !dbg !7
  %t_ref.slot = getelementptr inbounds float, float* %params, i64 5, !dbg !7
  %t_ref = load float, float* %t_ref.slot, align 4, !dbg !7
  %t.f32 = fptrunc double %t to float, !dbg !7
  %dt.f32 = fptrunc double %dt to float, !dbg !7
  %u0 = fmul float 0x3F50624DE0000000, %dt.f32, !dbg !8
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %u1 = fdiv float 1.000000e+00, %dt.f32, !dbg !9
  %0 = fadd float %t_ref, %u0, !dbg !10
  %1 = fmul float %0, %u1, !dbg !10
  %u2 = call float @llvm.trunc.f32(float %1), !dbg !10
  ; models/lif.ts:23  return (this.V_rest - V + this.R * I) * (1 / this.tau);
  %u3 = fdiv float 1.000000e+00, %tau, !dbg !11
  %2 = icmp slt i64 %begin, %end, !dbg !11
  br i1 %2, label %neuron, label %done, !dbg !11

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !11
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !11
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %t_last.addr = getelementptr inbounds float, float* %t_last.ptr, i64 %i, !dbg !12
  %t_last = load float, float* %t_last.addr, align 4, !dbg !12
  %3 = fsub float %t.f32, %t_last, !dbg !12
  %4 = fadd float %3, %u0, !dbg !9
  %5 = fmul float %4, %u1, !dbg !9
  %6 = call float @llvm.trunc.f32(float %5), !dbg !9
  %7 = fcmp oge float %6, %u2, !dbg !9
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %V.addr = getelementptr inbounds float, float* %V.ptr, i64 %i, !dbg !13
  %V = load float, float* %V.addr, align 4, !dbg !13
  ; models/lif.ts:23  return (this.V_rest - V + this.R * I) * (1 / this.tau);
  %8 = fsub float %V_rest, %V, !dbg !14
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %I.addr = getelementptr inbounds float, float* %I.ptr, i64 %i, !dbg !15
  %I = load float, float* %I.addr, align 4, !dbg !15
  %9 = fmul float %R, %I, !dbg !15
  %10 = fadd float %8, %9, !dbg !15
  ; models/lif.ts:23  return (this.V_rest - V + this.R * I) * (1 / this.tau);
  %11 = fmul float %10, %u3, !dbg !16
  %12 = fmul float %dt.f32, %11, !dbg !16
  %13 = fadd float %V, %12, !dbg !16
  ; models/lif.ts:30  if (this.V > this.V_th) {
  %14 = fcmp ogt float %13, %V_th, !dbg !17
  ; models/lif.ts:31  this.V = this.V_reset;
  %15 = select i1 %14, float %V_reset, float %13, !dbg !18
  ; models/lif.ts:16  @state V = -65; // mV
  %V.next = select i1 %7, float %15, float %V, !dbg !19
  ; models/lif.ts:17  @state t_last = -1e7; // ms, time of the last spike
  %16 = select i1 %14, float %t.f32, float %t_last, !dbg !20
  %t_last.next = select i1 %7, float %16, float %t_last, !dbg !20
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %spiked1 = and i1 %7, %14, !dbg !21
  ; models/lif.ts:31  this.V = this.V_reset;
  br i1 %7, label %V.store, label %V.stored, !dbg !22

done:                                             ; preds = %t_last.stored, %entry
  ; models/lif.ts:26  update(t: number, dt: number) {
  %bad.bits = phi i32 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %17 = icmp ne i32 %bad.bits, 0, !dbg !7
  %result = zext i1 %17 to i32, !dbg !7
  ret i32 %result, !dbg !7

V.store:                                          ; preds = %neuron
  ; models/lif.ts:31  this.V = this.V_reset;
  %V.addr2 = getelementptr inbounds float, float* %V.ptr, i64 %i, !dbg !22
  store float %V.next, float* %V.addr2, align 4, !dbg !22
  br label %V.stored, !dbg !22

V.stored:                                         ; preds = %V.store, %neuron
  %18 = fsub float %V.next, %V.next, !dbg !22
  %19 = bitcast float %18 to i32, !dbg !22
  %V.bad = or i32 0, %19, !dbg !22
  ; models/lif.ts:32  this.t_last = t;
  br i1 %7, label %t_last.store, label %t_last.stored, !dbg !23

t_last.store:                                     ; preds = %V.stored
  %t_last.addr3 = getelementptr inbounds float, float* %t_last.ptr, i64 %i, !dbg !23
  store float %t_last.next, float* %t_last.addr3, align 4, !dbg !23
  br label %t_last.stored, !dbg !23

t_last.stored:                                    ; preds = %t_last.store, %V.stored
  %20 = fsub float %t_last.next, %t_last.next, !dbg !23
  %21 = bitcast float %20 to i32, !dbg !23
  %t_last.bad = or i32 %V.bad, %21, !dbg !23
  ; models/lif.ts:18  @current I = 0; // mV
  %I.addr4 = getelementptr inbounds float, float* %I.ptr, i64 %i, !dbg !24
  store float 0.000000e+00, float* %I.addr4, align 4, !dbg !24
  ; models/lif.ts:26  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %22 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %22, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.trunc.f32(float) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "lif.ts", directory: "models")
!4 = distinct !DISubprogram(name: "LIF.update__f32", linkageName: "LIF_update__f32", scope: !3, file: !3, line: 26, type: !5, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 26, column: 3, scope: !4)
!8 = !DILocation(line: 26, column: 21, scope: !4)
!9 = !DILocation(line: 28, column: 9, scope: !4)
!10 = !DILocation(line: 28, column: 40, scope: !4)
!11 = !DILocation(line: 23, column: 50, scope: !4)
!12 = !DILocation(line: 28, column: 27, scope: !4)
!13 = !DILocation(line: 29, column: 30, scope: !4)
!14 = !DILocation(line: 23, column: 13, scope: !4)
!15 = !DILocation(line: 29, column: 38, scope: !4)
!16 = !DILocation(line: 23, column: 46, scope: !4)
!17 = !DILocation(line: 30, column: 20, scope: !4)
!18 = !DILocation(line: 31, column: 18, scope: !4)
!19 = !DILocation(line: 16, column: 3, scope: !4)
!20 = !DILocation(line: 17, column: 3, scope: !4)
!21 = !DILocation(line: 28, column: 5, scope: !4)
!22 = !DILocation(line: 31, column: 9, scope: !4)
!23 = !DILocation(line: 32, column: 9, scope: !4)
!24 = !DILocation(line: 18, column: 3, scope: !4)
